#!/usr/bin/env python3
"""End-to-end test of `clusterpack serve` on a copy of a fixture site:
- pages are served with the live-reload script injected; build output has none;
- editing a cluster's YAML sends a build event naming the changed pages, and
  the page then shows the new content (both languages);
- a change that breaks the build sends its errors (file:line:col) while the
  last good page keeps being served; fixing the file clears them;
- an editor that saves by writing a new file and renaming it over the old one
  is seen;
- paths cannot escape (.., %2e%2e), only GET/HEAD are allowed, content types;
- SIGINT stops the server cleanly.
Prints 'N passed, N failed'."""
import http.client
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

from common import Checks, Events, free_port

binary, fixture = sys.argv[1], sys.argv[2]
check = Checks(echo=True)


def get(port, path, method="GET"):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    conn.putrequest(method, path, skip_accept_encoding=True)
    conn.endheaders()
    res = conn.getresponse()
    body = res.read().decode("utf-8", "replace")
    conn.close()
    return res.status, res.getheader("Content-Type", ""), body


work = tempfile.mkdtemp(prefix="clusterpack-serve-")
site = os.path.join(work, "site")
shutil.copytree(fixture, site)
port = free_port()
server = subprocess.Popen([binary, "serve", "--source", site, "--port", str(port)], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True)
try:
    line = ""
    deadline = time.time() + 30
    while "Serving on" not in line and time.time() < deadline:
        line = server.stdout.readline()
    check("Serving on" in line, "server did not start: " + line)

    status, ctype, body = get(port, "/en/")
    check(status == 200 and ctype.startswith("text/html"), f"/en/ gave {status} {ctype}")
    check('<script src="/__clusterpack/live.js"' in body, "live script not injected in serve mode")
    status, _, _ = get(port, "/cy/")
    check(status == 200, "/cy/ not served")
    status, ctype, _ = get(port, "/en/assets/style.css")
    check(status == 200 and ctype.startswith("text/css"), f"css content type {ctype}")
    status, ctype, _ = get(port, "/en/sitemap.xml")
    check(ctype.startswith("application/xml"), f"sitemap content type {ctype}")
    for evil in ["/en/../../etc/passwd", "/en/%2e%2e/%2e%2e/etc/passwd", "/..%2f..%2fetc/passwd", "/en/./index.html"]:
        status, _, body = get(port, evil)
        check(status == 404 and "root:" not in body, f"traversal {evil} gave {status}")
    status, _, _ = get(port, "/en/", method="POST")
    check(status == 405, f"POST gave {status}")
    status, _, _ = get(port, "/en/", method="HEAD")
    check(status == 200, f"HEAD gave {status}")

    events = Events(port)
    events.start()
    check(events.wait_for(lambda e: True) is not None, "no initial build event")

    cluster = os.path.join(site, "content", "clusters", "powys", "north-powys.yaml")
    text = open(cluster, encoding="utf-8").read()
    page_en = "en/health-boards/powys/north-powys/index.html"
    t0 = time.time()
    with open(cluster, "w", encoding="utf-8") as fh:
        fh.write(text.replace("North Powys Cluster", "North Powys Live Cluster"))
    e = events.wait_for(lambda e: page_en in e["changed"])
    check(e is not None, "no reload event for the cluster page after editing its YAML")
    if e:
        print(f"cluster edit → reload event in {1000 * (time.time() - t0):.0f} ms")
    _, _, body = get(port, "/" + page_en)
    check("North Powys Live Cluster" in body, "new content not served after the edit")

    with open(cluster, "w", encoding="utf-8") as fh:
        fh.write(text.replace("population: 30000", "population: 30000\nquorom: 4"))
    e = events.wait_for(lambda e: e["errors"])
    check(e is not None and e["errors"][0]["message"].startswith("unknown key 'quorom'"), "no error event for a broken file")
    if e:
        err = e["errors"][0]
        check(err["file"].endswith("north-powys.yaml") and err["line"] > 0 and err["col"] == 1 and "quorom" in err["source"],
              f"error lacks position or source: {err}")
    _, _, body = get(port, "/" + page_en)
    check("North Powys Live Cluster" in body, "the last good page is not served while the build is broken")

    # Save by rename-and-replace, as many editors do.
    temp = cluster + ".tmp"
    with open(temp, "w", encoding="utf-8") as fh:
        fh.write(text.replace("North Powys Cluster", "North Powys Renamed Cluster"))
    os.rename(temp, cluster)
    e = events.wait_for(lambda e: not e["errors"] and page_en in e["changed"])
    check(e is not None, "fixing the file by rename did not clear the errors")
    _, _, body = get(port, "/" + page_en)
    check("North Powys Renamed Cluster" in body, "renamed file's content not served")

    page = os.path.join(site, "content", "guide", "01-vision.cy.md")
    with open(page, "a", encoding="utf-8") as fh:
        fh.write("\nParagraff newydd byw.\n")
    e = events.wait_for(lambda e: "cy/guide/vision/index.html" in e["changed"])
    check(e is not None, "no reload event after editing a Welsh chapter")
    _, _, body = get(port, "/cy/guide/vision/index.html")
    check("Paragraff newydd byw." in body, "chapter edit not served")
finally:
    server.send_signal(signal.SIGINT)
    try:
        code = server.wait(timeout=10)
        check(code == 0, f"server exit code {code} after SIGINT")
    except subprocess.TimeoutExpired:
        server.kill()
        check(False, "server did not stop on SIGINT")
    shutil.rmtree(work, ignore_errors=True)

sys.exit(check.summary())
