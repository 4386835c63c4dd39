#!/usr/bin/env python3
"""Time from saving a file to the reload event of `clusterpack serve`.

Starts `clusterpack serve` on a copy of SITE (the default theme is copied in
too, so that a layout can be edited), listens on /__clusterpack/events, and
for each kind of edit (a chapter, a cluster's YAML, a layout) saves the file
REPS times, each time with new text, and measures the time from just before
the write to the build event naming the page that changed. Prints one
Markdown table row per kind: p50, p95, min and max in milliseconds.

Usage: serve_latency.py CLUSTERPACK SITE THEME_DIR LABEL [--reps N] [--layout-reps N]
"""
import argparse
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

# The events reader the live-preview tests use.
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "e2e"))
from common import Events, free_port  # noqa: E402


def percentile(values, p):
    ordered = sorted(values)
    k = (len(ordered) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def edit_first_risk_title(text, i):
    """The English title of the cluster's first risk: an edit of data that
    only the cluster's own pages show (its risk register)."""
    at = text.index("\nrisks:\n")
    at = text.index("\n      en: ", at) + len("\n      en: ")
    return text[:at] + f"Bench{i} " + text[at:]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("site")
    ap.add_argument("theme")
    ap.add_argument("label")
    ap.add_argument("--reps", type=int, default=20)
    ap.add_argument("--layout-reps", type=int, default=10)
    args = ap.parse_args()

    work = tempfile.mkdtemp(prefix="clusterpack-serve-bench-")
    site = os.path.join(work, "site")
    shutil.copytree(args.site, site, ignore=shutil.ignore_patterns("output", "build*", "node_modules", ".git"))
    if not os.path.isdir(os.path.join(site, "themes", "default")):
        shutil.copytree(args.theme, os.path.join(site, "themes", "default"))
    clusters = sorted(
        os.path.join(d, f) for d, _, files in os.walk(os.path.join(site, "content", "clusters")) for f in files
        if f.endswith(".yaml"))
    cluster = clusters[0]
    board = os.path.basename(os.path.dirname(cluster))
    cluster_id = os.path.splitext(os.path.basename(cluster))[0]

    port = free_port()
    server = subprocess.Popen([args.binary, "serve", "--source", site, "--port", str(port)],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    rows = []
    try:
        line, deadline = "", time.time() + 600
        while "Serving on" not in line and time.time() < deadline:
            line = server.stdout.readline()
            if not line and server.poll() is not None:
                sys.exit("serve exited before serving")
        events = Events(port)
        events.start()
        if events.wait_for_stamped(lambda e: True, 120)[1] is None:
            sys.exit("no initial build event")

        chapter = os.path.join(site, "content", "guide", "01-vision.en.md")
        layout = os.path.join(site, "themes", "default", "layouts", "chapter.mustache")
        kinds = [
            ("chapter (content/guide/01-vision.en.md)", chapter, "en/guide/vision/index.html", args.reps,
             lambda text, i: text + f"\nBench edit {i}.\n"),
            (f"cluster YAML, a risk's title ({board}/{cluster_id}.yaml)", cluster,
             f"en/health-boards/{board}/{cluster_id}/risk-register/index.html", args.reps, edit_first_risk_title),
            (f"cluster YAML, its name ({board}/{cluster_id}.yaml)", cluster,
             f"en/health-boards/{board}/{cluster_id}/index.html", args.reps,
             lambda text, i: text.replace("\nname: {en: ", f"\nname: {{en: Bench{i} ", 1)),
            ("layout (layouts/chapter.mustache)", layout, "en/guide/vision/index.html", args.layout_reps,
             lambda text, i: text + f"\n<!-- bench {i} -->\n"),
        ]
        for name, path, page, reps, edit in kinds:
            original = open(path, encoding="utf-8").read()
            times = []
            for i in range(reps):
                new = edit(original, i)
                assert new != original, f"the edit of {path} changed nothing"
                t0 = time.monotonic()
                with open(path, "w", encoding="utf-8") as fh:
                    fh.write(new)
                at, e = events.wait_for_stamped(lambda e: not e["errors"] and page in e["changed"], 120)
                if e is None:
                    sys.exit(f"no reload event for {page} after editing {path}")
                times.append((at - t0) * 1000)
                time.sleep(0.05)
            with open(path, "w", encoding="utf-8") as fh:
                fh.write(original)
            events.wait_for_stamped(lambda e: not e["errors"], 120)
            rows.append((name, times))
    finally:
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
        shutil.rmtree(work, ignore_errors=True)

    for name, times in rows:
        print(f"| {args.label} | {name} | {len(times)} | {statistics.median(times):.0f} | "
              f"{percentile(times, 95):.0f} | {min(times):.0f} | {max(times):.0f} |")


if __name__ == "__main__":
    main()
