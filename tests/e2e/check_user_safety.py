#!/usr/bin/env python3
"""What a cluster manager or a health board meets first, tried as they would
(issue 16): nothing of theirs is deleted or overwritten, every refusal says
why and what to do, and the starter file makes documents.

- build refuses an output folder holding files it did not make (a web root,
  say), leaves it untouched, and replaces it only with --force; a folder it
  made (it holds .clusterpack-output) is rebuilt; a file is refused.
- build with --search require and no Pagefind fails and leaves the previous
  output as it was; --search auto says the index was not made.
- pdf never writes over the cluster file, a name without .pdf, or a file it
  did not make (unless --force); a missing folder gets the reason and a hint.
- new cluster, outside any site folder, writes a file that passes
  check --strict and makes the Terms of Reference in English and Welsh; its
  commented-out sections are valid once uncommented; a bad id is refused
  with the id that would do.
- a cluster file named with a space is refused, with the name to use.
- check FILE, --as-of, check --publish, --base-url, version and help.

Usage: check_user_safety.py CLUSTERPACK SOURCE WORK
  SOURCE: the repository (its default site and tests/sites/ fixtures).
Prints one line per failure and 'N passed, N failed'.
"""
import os
import shutil
import subprocess
import sys

from common import Checks, snapshot

check = Checks(echo=True)


def run(exe, *args, cwd=None, env=None):
    full_env = dict(os.environ, **(env or {}))
    return subprocess.run([exe, *args], capture_output=True, text=True, cwd=cwd, env=full_env)


def says(result, *parts):
    text = result.stdout + result.stderr
    return all(p in text for p in parts)


def output_folders(exe, site, work):
    web_root = os.path.join(work, "web-root")
    os.makedirs(os.path.join(web_root, "old-news"))
    for name, text in [("index.php", "<?php echo 'board'; ?>"), ("old-news/2019.html", "<p>news</p>")]:
        with open(os.path.join(web_root, name), "w") as fh:
            fh.write(text)
    before = snapshot(web_root)
    r = run(exe, "build", "--source", site, "--output", web_root, "--search", "off")
    check(r.returncode == 2, f"a foreign output folder: exit {r.returncode}, expected 2")
    check(says(r, "holds files clusterpack did not make", "'index.php'", "hint:", "--force"),
          f"the refusal does not say why and what to do: {r.stderr}")
    check(snapshot(web_root) == before, "a refused build changed the web root")

    fresh = os.path.join(work, "fresh")
    r = run(exe, "build", "--source", site, "--output", fresh, "--search", "off")
    check(r.returncode == 0, f"a build into a new folder failed: {r.stderr[-800:]}")
    check(os.path.isfile(os.path.join(fresh, ".clusterpack-output")), "the output has no .clusterpack-output marker")
    r = run(exe, "build", "--source", site, "--output", fresh, "--search", "off")
    check(r.returncode == 0, f"a rebuild into clusterpack's own folder failed: {r.stderr[-800:]}")

    empty = os.path.join(work, "empty")
    os.makedirs(empty)
    r = run(exe, "build", "--source", site, "--output", empty, "--search", "off")
    check(r.returncode == 0, f"a build into an empty folder failed: {r.stderr[-800:]}")

    r = run(exe, "build", "--source", site, "--output", web_root, "--search", "off", "--force")
    check(r.returncode == 0, f"--force did not build: {r.stderr[-800:]}")
    check(not os.path.exists(os.path.join(web_root, "index.php")) and
          os.path.isfile(os.path.join(web_root, "en", "index.html")), "--force did not replace the folder")

    a_file = os.path.join(work, "a-file")
    with open(a_file, "w") as fh:
        fh.write("keep me\n")
    r = run(exe, "build", "--source", site, "--output", a_file, "--search", "off")
    check(r.returncode == 2 and says(r, "is a file, not a folder"), f"an output that is a file: {r.stderr}")
    check(open(a_file).read() == "keep me\n", "the file given as output was changed")

    # The search index: required but not there, the build fails and the
    # previous output stays; wanted when available, it says it was not made.
    before = snapshot(fresh)
    no_pagefind = {"CLUSTERPACK_PAGEFIND": os.path.join(work, "no-such-pagefind")}
    r = run(exe, "build", "--source", site, "--output", fresh, "--search", "require", env=no_pagefind)
    check(r.returncode == 1 and says(r, "the search index cannot be made", "hint:"),
          f"--search require without Pagefind: exit {r.returncode}: {r.stderr}")
    check(snapshot(fresh) == before, "a build that failed on the search index changed the previous output")
    r = run(exe, "build", "--source", site, "--output", fresh, env=no_pagefind)
    check(r.returncode == 0 and says(r, "Search index not made"), f"--search auto without Pagefind: {r.stdout}")


def pdf_outputs(exe, site, work):
    folder = os.path.join(work, "pdf")
    os.makedirs(folder)
    cluster = os.path.join(folder, "north-powys.yaml")
    # The documents fixture: one cluster with every document.
    shutil.copy(os.path.join(site, "..", "documents", "content", "clusters", "hywel-dda", "test-cluster.yaml"), cluster)
    data = open(cluster, "rb").read()
    tor = ["pdf", cluster, "--doc", "terms-of-reference", "--source", os.path.join(site, "..", "documents")]

    r = run(exe, *tor, "-o", cluster)
    check(r.returncode == 2 and says(r, "is the cluster file itself", "hint:"), f"-o the cluster file: {r.stderr}")
    check(open(cluster, "rb").read() == data, "the cluster file was overwritten")
    r = run(exe, *tor, "-o", os.path.join(folder, "terms.txt"))
    check(r.returncode == 2 and says(r, "does not end in .pdf"), f"-o terms.txt: {r.stderr}")
    check(not os.path.exists(os.path.join(folder, "terms.txt")), "a .txt output was written")
    r = run(exe, *tor, "-o", os.path.join(folder, "missing", "terms.pdf"))
    check(r.returncode == 2 and says(r, "does not exist", "hint: create it first"), f"a missing folder: {r.stderr}")

    theirs = os.path.join(folder, "signed-copy.pdf")
    with open(theirs, "wb") as fh:
        fh.write(b"%PDF-1.4 the signed copy from the last meeting\n")
    r = run(exe, *tor, "-o", theirs)
    check(r.returncode == 2 and says(r, "was not made by clusterpack", "--force"), f"a PDF it did not make: {r.stderr}")
    check(open(theirs, "rb").read().startswith(b"%PDF-1.4 the signed copy"), "a PDF clusterpack did not make was replaced")

    ours = os.path.join(folder, "terms.pdf")
    r = run(exe, *tor, "-o", ours)
    check(r.returncode == 0 and os.path.getsize(ours) > 1000, f"the Terms of Reference PDF was not made: {r.stderr}")
    r = run(exe, *tor, "--lang", "cy", "-o", ours)
    check(r.returncode == 0, f"a PDF clusterpack made was not replaced: {r.stderr}")
    r = run(exe, *tor, "-o", theirs, "--force")
    check(r.returncode == 0 and open(theirs, "rb").read().startswith(b"%PDF-1.7"), f"--force did not replace: {r.stderr}")


def starter(exe, work):
    here = os.path.join(work, "no-site")
    os.makedirs(here)
    r = run(exe, "new", "cluster", "powys/Teifi Valley", cwd=here)
    check(r.returncode == 2 and says(r, "powys/teifi-valley"), f"a bad id is not refused with a better one: {r.stderr}")
    r = run(exe, "new", "cluster", "powys/teifi-valley", cwd=here)
    check(r.returncode == 0, f"new cluster outside a site failed: {r.stderr}")
    path = os.path.join(here, "teifi-valley.yaml")
    check(os.path.isfile(path), "new cluster wrote no teifi-valley.yaml where it was run")
    r = run(exe, "new", "cluster", "powys/teifi-valley", cwd=here)
    check(r.returncode == 1 and says(r, "already exists"), "new cluster overwrote an existing file")
    r = run(exe, "check", "--strict", "teifi-valley.yaml", cwd=here)
    check(r.returncode == 0 and says(r, "2 documents, 0 warnings"), f"the starter does not pass check --strict: {r.stdout}{r.stderr}")
    for lang in ("en", "cy"):
        out = f"terms-of-reference.{lang}.pdf"
        r = run(exe, "pdf", "teifi-valley.yaml", "--doc", "terms-of-reference", "--lang", lang, "-o", out, cwd=here)
        check(r.returncode == 0 and os.path.getsize(os.path.join(here, out)) > 1000,
              f"the starter makes no {lang} Terms of Reference: {r.stderr}")
    r = run(exe, "pdf", "teifi-valley.yaml", "--doc", "risk-register", "-o", "risks.pdf", cwd=here)
    check(r.returncode == 1 and says(r, "the 'risks' section"), f"the 'no document' hint names no section: {r.stderr}")

    # Everything after the marker line is commented-out data: valid once
    # the '# ' is removed.
    lines, after = [], False
    for line in open(path, encoding="utf-8").read().split("\n"):
        if after:
            line = line[2:] if line.startswith("# ") else ("" if line == "#" else line)
        after = after or line.startswith("# ---- More sections")
        lines.append(line)
    check(after, "the starter has no marker line before its commented-out sections")
    with open(os.path.join(here, "full.yaml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))
    r = run(exe, "check", "--strict", "full.yaml", cwd=here)
    check(r.returncode == 0 and says(r, "5 documents, 0 warnings"),
          f"the starter's commented sections are not valid once uncommented: {r.stdout}{r.stderr}")


def names_and_dates(exe, site, work):
    spaced = os.path.join(work, "names", "Teifi Valley.yaml")
    os.makedirs(os.path.dirname(spaced))
    shutil.copy(os.path.join(site, "content", "clusters", "powys", "north-powys.yaml"), spaced)
    r = run(exe, "check", spaced)
    check(r.returncode == 1 and says(r, "is not a valid cluster id", "teifi-valley.yaml"),
          f"a file name with a space and capitals: {r.stderr}")
    in_site = os.path.join(work, "spaced-site")
    shutil.copytree(site, in_site)
    shutil.copy(spaced, os.path.join(in_site, "content", "clusters", "powys", "Teifi Valley.yaml"))
    r = run(exe, "check", "--source", in_site)
    check(r.returncode == 1 and says(r, "Teifi Valley.yaml", "is not a valid cluster id"),
          f"a site with a cluster file named with a space: {r.stderr}")

    # A risk due for review on 2026-01-01: overdue after it, not before.
    dated = os.path.join(work, "names", "dated.yaml")
    with open(dated, "w", encoding="utf-8") as fh:
        fh.write(open(os.path.join(site, "content", "clusters", "powys", "north-powys.yaml"), encoding="utf-8")
                 .read().replace("example: true\n", "") +
                 "risks:\n  - {id: R1, title: {en: Damp, cy: Lleithder}, category: estates, owner: lead,"
                 " likelihood: 2, impact: 2, review: 2026-01-01}\n")
    r = run(exe, "check", dated, "--as-of", "2025-12-31")
    check(r.returncode == 0 and "due for review" not in r.stderr, f"--as-of before the review: {r.stderr}")
    r = run(exe, "check", dated, "--as-of", "2026-01-02")
    check(r.returncode == 0 and "was due for review on 2026-01-01" in r.stderr, f"--as-of after the review: {r.stderr}")
    r = run(exe, "check", dated, "--as-of", "2026-01-02", "--strict")
    check(r.returncode == 1, "--strict does not make an overdue review an error")
    r = run(exe, "check", dated, "--as-of", "1 Jan 2026")
    check(r.returncode == 2 and says(r, "is not a date", "YYYY-MM-DD"), f"a bad --as-of: {r.stderr}")


def publishing(exe, source, site, work):
    r = run(exe, "check", "--source", source, "--strict")
    check(r.returncode == 0, f"the shipped site does not pass check --strict out of the box: {r.stderr[-1500:]}")
    check(says(r, "Not ready to publish"), "check of the shipped site does not say it is not ready to publish")
    r = run(exe, "check", "--source", source, "--publish")
    check(r.returncode == 1, f"check --publish of the shipped site: exit {r.returncode}, expected 1")
    check(says(r, "the publisher is still the example one", "base URL 'https://clusters.example.wales/en/'",
               "base URL 'https://clusters.example.wales/cy/'", "is fictional example data"),
          f"check --publish does not name the placeholders: {r.stderr[-1500:]}")
    check(r.stderr.count("is fictional example data") == 14, "check --publish does not name all 14 example clusters")

    staging = os.path.join(work, "staging")
    r = run(exe, "build", "--source", site, "--output", staging, "--search", "off", "--no-pdf",
            "--base-url", "https://staging.test.wales/pack/")
    check(r.returncode == 0, f"--base-url did not build: {r.stderr}")
    sitemap = open(os.path.join(staging, "cy", "sitemap.xml"), encoding="utf-8").read()
    check("https://staging.test.wales/pack/cy/" in sitemap and "example.org" not in sitemap,
          "--base-url did not change the addresses in the Welsh sitemap")
    r = run(exe, "build", "--source", site, "--output", staging, "--search", "off", "--no-pdf",
            "--base-url", "cy=https://staging.test.cymru/")
    sitemap = open(os.path.join(staging, "cy", "sitemap.xml"), encoding="utf-8").read()
    check(r.returncode == 0 and "https://staging.test.cymru/" in sitemap, "--base-url cy=URL did not apply")
    r = run(exe, "build", "--source", site, "--output", staging, "--base-url", "fr=https://x.test/")
    check(r.returncode == 2 and says(r, "the languages are en and cy"), f"--base-url fr=: {r.stderr}")

    r = run(exe, "version")
    check(r.returncode == 0 and r.stdout.startswith("clusterpack "), f"clusterpack version: {r.stdout}")
    check(r.stdout == run(exe, "--version").stdout, "version and --version differ")
    r = run(exe, "help")
    check(r.returncode == 0 and all(c in r.stdout for c in ("build", "check", "pdf", "new")), "clusterpack help")
    r = run(exe, "help", "build")
    check(r.returncode == 0 and "--force" in r.stdout and "--base-url" in r.stdout, "clusterpack help build")


def main():
    exe, source, work = (os.path.abspath(a) for a in sys.argv[1:4])
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    site = os.path.join(source, "tests", "sites", "minimal")
    output_folders(exe, site, work)
    pdf_outputs(exe, site, work)
    starter(exe, work)
    names_and_dates(exe, site, work)
    publishing(exe, source, site, work)
    return check.summary()


if __name__ == "__main__":
    sys.exit(main())
