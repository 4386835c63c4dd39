#!/usr/bin/env python3
"""End-to-end test of the PDFs in `clusterpack serve`, on a copy of a fixture
site with a cluster:
- the cluster page links the pack and each document's PDF at the same URLs
  as `clusterpack build`, with a size-less "PDF" label in serve;
- following a link makes the PDF on demand: application/pdf, %PDF-, the
  cluster's text (pdftotext), in both languages, and the same bytes as the
  build's PDF (SOURCE_DATE_EPOCH pins the date for both);
- a second request comes from the cache;
- editing the cluster's YAML drops its PDFs: the rebuild event names the
  cached PDF, and the PDF then has the new text;
- while the build is broken a cached PDF is still served, one not made yet
  gets a 500 page with the errors (and the live script); fixing the file
  makes it;
- no path outside the linked PDFs is served (404), only GET/HEAD.
Prints the on-demand latencies, then 'N passed, N failed'."""
import http.client
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

from common import Checks, Events, free_port

binary, fixture = sys.argv[1], sys.argv[2]
check = Checks(echo=True)
ENV = dict(os.environ, SOURCE_DATE_EPOCH="1767225600")  # 2026-01-01



def get(port, path, method="GET"):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    conn.putrequest(method, path, skip_accept_encoding=True)
    conn.endheaders()
    res = conn.getresponse()
    body = res.read()
    conn.close()
    return res.status, res.getheader("Content-Type", ""), body


def timed_get(port, path):
    t0 = time.time()
    result = get(port, path)
    return result, 1000 * (time.time() - t0)


def pdf_text(data):
    with tempfile.NamedTemporaryFile(suffix=".pdf") as fh:
        fh.write(data)
        fh.flush()
        return subprocess.run(["pdftotext", "-enc", "UTF-8", fh.name, "-"], capture_output=True, text=True).stdout


def pdf_links(html):
    """The PDF hrefs of a page, and their link texts."""
    return re.findall(r'<a[^>]*href="([^"]+\.pdf)"[^>]*>(.*?)</a>', html)


def resolve(page_path, href):
    """An href on the page at page_path ("/en/a/b/") as a server path."""
    return urllib.parse.urlsplit(urllib.parse.urljoin("http://preview" + page_path, href)).path


class Output(threading.Thread):
    """Drains the server's stdout (so it never blocks) and keeps the lines."""

    def __init__(self, stream):
        super().__init__(daemon=True)
        self.stream, self.lines, self.cond = stream, [], threading.Condition()

    def run(self):
        for line in self.stream:
            with self.cond:
                self.lines.append(line)
                self.cond.notify_all()

    def wait_for(self, text, timeout=60):
        deadline = time.time() + timeout
        with self.cond:
            while not any(text in l for l in self.lines):
                left = deadline - time.time()
                if left <= 0:
                    return False
                self.cond.wait(left)
            return True


work = tempfile.mkdtemp(prefix="clusterpack-serve-pdf-")
site = os.path.join(work, "site")
shutil.copytree(fixture, site)
cluster_files = [os.path.join(root, f) for root, _, files in os.walk(os.path.join(site, "content", "clusters"))
                 for f in files if f.endswith(".yaml")]
cluster_file = sorted(cluster_files)[0]
board = os.path.basename(os.path.dirname(cluster_file))
cluster_id = os.path.basename(cluster_file)[:-5]
cluster_path = {lang: f"/{lang}/health-boards/{board}/{cluster_id}/" for lang in ("en", "cy")}
text = open(cluster_file, encoding="utf-8").read()
name_en = re.search(r'^name: \{en: "([^"]+)"', text, re.M).group(1)
name_cy = re.search(r'^name: \{en: "[^"]+", cy: "([^"]+)"', text, re.M).group(1)

# The build of the same site, for its URLs and bytes.
built = os.path.join(work, "out")
subprocess.run([binary, "build", "--source", site, "--output", built], check=True, env=ENV, capture_output=True)
built_html = open(os.path.join(built, cluster_path["en"].strip("/"), "index.html"), encoding="utf-8").read()
built_links = [href for href, _ in pdf_links(built_html)]
check(len(built_links) >= 2, f"the built cluster page links {len(built_links)} PDFs")

port = free_port()
server = subprocess.Popen([binary, "serve", "--source", site, "--port", str(port)], stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, text=True, env=ENV)
out = Output(server.stdout)
out.start()
threading.Thread(target=lambda: server.stderr.read(), daemon=True).start()
try:
    check(out.wait_for("Serving on", 60), "server did not start")
    events = Events(port)
    events.start()
    check(events.wait_for(lambda e: True) is not None, "no initial build event")

    status, _, body = get(port, cluster_path["en"])
    html = body.decode()
    check(status == 200, f"cluster page gave {status}")
    links = pdf_links(html)
    check([href for href, _ in links] == built_links,
          f"serve links {[h for h, _ in links]} differ from the build's {built_links}")
    check(not re.search(r"PDF, [0-9.]+ [KM]B", html), "serve shows a PDF size before the PDF exists")
    check(any(label.startswith("PDF<span") for _, label in links), "document PDF links are not labelled 'PDF'")
    check("(PDF)" not in html, "the pack link repeats '(PDF)' instead of leaving the size out")

    pack_href = next(h for h, _ in links if h.endswith(f"{cluster_id}-pack-en.pdf"))
    pack = resolve(cluster_path["en"], pack_href)
    (status, ctype, data), first_ms = timed_get(port, pack)
    check(status == 200 and ctype == "application/pdf", f"pack PDF gave {status} {ctype}")
    check(data.startswith(b"%PDF-"), "pack PDF does not start with %PDF-")
    check(name_en in pdf_text(data), f"pack PDF lacks '{name_en}'")
    built_pack = open(os.path.join(built, pack.strip("/")), "rb").read()
    check(data == built_pack, "serve's pack PDF differs from the build's")
    (status, _, again), cached_ms = timed_get(port, pack)
    check(status == 200 and again == data, "cached pack PDF differs")
    check(out.wait_for(f"Made {pack[1:]} in", 5), "the server did not log making the pack")
    print(f"pack PDF: {first_ms:.0f} ms on demand, {cached_ms:.1f} ms from the cache ({len(data) // 1024} KB)")

    doc_hrefs = [h for h, _ in links if h != pack_href]
    tor = resolve(cluster_path["en"], next((h for h in doc_hrefs if "terms-of-reference" in h), doc_hrefs[0]))
    (status, ctype, tor_data), doc_ms = timed_get(port, tor)
    check(status == 200 and ctype == "application/pdf" and tor_data.startswith(b"%PDF-"), f"{tor} gave {status}")
    check(tor_data == open(os.path.join(built, tor.strip("/")), "rb").read(), f"serve's {tor} differs from the build's")
    print(f"document PDF: {doc_ms:.0f} ms on demand")
    status, ctype, head = get(port, tor, method="HEAD")
    check(status == 200 and ctype == "application/pdf" and head == b"", f"HEAD {tor} gave {status} {ctype}")

    # Welsh: its own page, its own link, Welsh text.
    status, _, body = get(port, cluster_path["cy"])
    cy_links = pdf_links(body.decode())
    cy_pack = resolve(cluster_path["cy"], next(h for h, _ in cy_links if h.endswith(f"{cluster_id}-pack-cy.pdf")))
    status, ctype, cy_data = get(port, cy_pack)
    check(status == 200 and cy_data.startswith(b"%PDF-"), f"Welsh pack gave {status}")
    check(name_cy in pdf_text(cy_data), f"Welsh pack lacks '{name_cy}'")

    # The guide's front page links the whole guide.
    status, _, body = get(port, "/en/guide/")
    guide_links = pdf_links(body.decode())
    check(len(guide_links) == 1, f"guide page links {len(guide_links)} PDFs")
    if guide_links:
        status, ctype, guide = get(port, resolve("/en/guide/", guide_links[0][0]))
        check(status == 200 and guide.startswith(b"%PDF-"), f"guide PDF gave {status}")

    # Nothing else is served as a PDF.
    for evil in [pack.replace("-pack-en.pdf", "-nothing-en.pdf"), "/en/../" + pack[4:],
                 "/en/%2e%2e/" + pack[4:], pack + "/", "/etc/passwd.pdf"]:
        status, _, body = get(port, evil)
        check(status == 404 and not body.startswith(b"%PDF-"), f"{evil} gave {status}")
    status, _, _ = get(port, pack, method="POST")
    check(status == 405, f"POST to a PDF gave {status}")

    # A cluster edit drops that cluster's PDFs.
    t0 = time.time()
    with open(cluster_file, "w", encoding="utf-8") as fh:
        fh.write(text.replace(f'name: {{en: "{name_en}"', f'name: {{en: "{name_en} Live"', 1))
    e = events.wait_for(lambda e: pack[1:] in e["changed"])
    check(e is not None, "the rebuild event does not name the cached pack PDF")
    check(e is None or tor[1:] in e["changed"], "the rebuild event does not name the cached document PDF")
    (status, _, new_pack), edit_ms = timed_get(port, pack)
    print(f"cluster edit → new pack PDF in {1000 * (time.time() - t0):.0f} ms (of which the PDF {edit_ms:.0f} ms)")
    check(status == 200 and new_pack != data, "the pack PDF did not change after the edit")
    check(f"{name_en} Live" in pdf_text(new_pack), "the new pack PDF lacks the new name")

    # A broken build: the cached pack stays, an uncached PDF shows the errors.
    with open(cluster_file, "w", encoding="utf-8") as fh:
        fh.write(text.replace("population: 40000", "population: 40000\nquorom: 4"))
    e = events.wait_for(lambda e: e["errors"])
    check(e is not None, "no error event for a broken cluster file")
    status, _, kept = get(port, pack)
    check(status == 200 and kept == new_pack, "the last good pack PDF is not served while the build is broken")
    status, ctype, page = get(port, tor)
    page = page.decode()
    check(status == 500 and ctype.startswith("text/html"), f"uncached PDF while broken gave {status} {ctype}")
    check("quorom" in page and os.path.basename(cluster_file) in page, "the error page lacks the diagnostics")
    check('<script src="/__clusterpack/live.js"' in page, "the error page lacks the live script")
    with open(cluster_file, "w", encoding="utf-8") as fh:
        fh.write(text)
    e = events.wait_for(lambda e: not e["errors"])
    check(e is not None, "fixing the file did not clear the errors")
    status, ctype, fixed = get(port, tor)
    check(status == 200 and fixed == tor_data, "after the fix, the document PDF is not the original one")
finally:
    server.send_signal(signal.SIGINT)
    try:
        code = server.wait(timeout=20)
        check(code == 0, f"server exit code {code} after SIGINT")
    except subprocess.TimeoutExpired:
        server.kill()
        check(False, "server did not stop on SIGINT")
    shutil.rmtree(work, ignore_errors=True)

sys.exit(check.summary())
