#!/usr/bin/env python3
"""Reproducible output: two builds of the same site, from copies of the
source in two different folders, into two different output folders, at
different times, from different working directories, time zones and
locales, with the same SOURCE_DATE_EPOCH, give byte-identical output trees
(the same files, the same bytes): HTML, PDFs, sitemaps and the Pagefind
search index of each language, which the build makes with Pagefind
(`--search require`), as `make site` does.

Usage: check_reproducible.py CLUSTERPACK SOURCE WORK
Prints one line per difference and a closing 'N passed, N failed' line.
"""
import filecmp
import os
import shutil
import subprocess
import sys
import time

from common import Checks

SITE_PARTS = ("site.yaml", "content", "templates", "themes")


def copy_site(source, to):
    os.makedirs(to)
    for part in SITE_PARTS:
        path = os.path.join(source, part)
        if os.path.isdir(path):
            shutil.copytree(path, os.path.join(to, part), symlinks=True)
        elif os.path.isfile(path):
            shutil.copy2(path, to)


def tree(root):
    out = set()
    for folder, dirs, files in os.walk(root):
        for name in dirs + files:
            out.add(os.path.relpath(os.path.join(folder, name), root))
    return out


def main():
    exe, source, work = (os.path.abspath(a) for a in sys.argv[1:4])
    shutil.rmtree(work, ignore_errors=True)
    runs = [
        ("first", "output", {"TZ": "UTC", "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}),
        ("second/deeper", "site-two", {"TZ": "Pacific/Kiritimati", "LC_ALL": "C", "LANG": "cy_GB.UTF-8"}),
    ]
    outputs = []
    check = Checks()

    for i, (folder, out_name, extra) in enumerate(runs):
        if i:
            time.sleep(1.1)  # a different second on the clock
        site = os.path.join(work, folder, "source")
        copy_site(source, site)
        output = os.path.join(work, folder, out_name)
        env = dict(os.environ, SOURCE_DATE_EPOCH="1772323200", **extra)
        result = subprocess.run([exe, "build", "--source", "source", "--output", out_name, "--search", "require"],
                                cwd=os.path.join(work, folder), env=env, capture_output=True, text=True)
        check(result.returncode == 0, f"build {i + 1} failed: {result.stderr[-2000:]}")
        check(os.path.isdir(os.path.join(output, "cy", "pagefind")), f"build {i + 1} made no Welsh search index")
        outputs.append(output)
    if check.failed:
        print("\n".join(check.problems))
        print(f"{check.passed} passed, {check.failed} failed")
        return 1
    a, b = (tree(o) for o in outputs)
    check(len(a) > 50, f"only {len(a)} entries in the output")
    for path in sorted(a ^ b):
        check(False, f"only in one build: {path}")
    same = 0
    for path in sorted(a & b):
        pa, pb = (os.path.join(o, path) for o in outputs)
        if os.path.isdir(pa):
            continue
        if filecmp.cmp(pa, pb, shallow=False):
            same += 1
        else:
            check(False, f"differs: {path}")
    check(same > 0, "no files compared")
    for lang in ("en", "cy"):
        check(os.path.join(lang, "sitemap.xml") in a, f"no {lang}/sitemap.xml in the output")
        check(os.path.join(lang, "pagefind", "pagefind-entry.json") in a, f"no {lang} search index in the output")
    pdfs = sum(1 for p in a if p.endswith(".pdf"))
    for p in check.problems:
        print(p)
    print(f"{same} files byte-identical, of which {pdfs} PDFs")
    print(f"{check.passed} passed, {check.failed} failed")
    return 1 if check.failed else 0


if __name__ == "__main__":
    sys.exit(main())
