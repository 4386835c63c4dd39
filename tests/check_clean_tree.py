#!/usr/bin/env python3
"""The README's two commands leave a clone's `git status` clean:

- the npm packages (browser tests, Pagefind) are installed with `npm ci`,
  which installs what the lock file lists and never rewrites it: here
  `npm ci` runs on a copy of tests/browser's package.json and lock, and the
  lock must come out byte for byte the same (it did not while the lock
  lacked Pagefind's packages for other platforms: npm added them);
- no recipe of the Makefile runs `npm install`, which may rewrite the lock;
- everything the commands make is ignored by git.

.ci/run also checks `git status --porcelain` after `make test` and
`make site` on its fresh clone.

Usage: check_clean_tree.py SOURCE WORK
"""
import os
import re
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "e2e"))
from common import Checks  # noqa: E402


def main():
    source, work = (os.path.abspath(a) for a in sys.argv[1:3])
    check = Checks(echo=True)
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    npm_dir = os.path.join(source, "tests", "browser")
    for name in ("package.json", "package-lock.json"):
        shutil.copy(os.path.join(npm_dir, name), work)
    lock = open(os.path.join(work, "package-lock.json"), "rb").read()
    ci = subprocess.run(["npm", "ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"],
                        cwd=work, capture_output=True, text=True)
    check(ci.returncode == 0, f"npm ci refuses the lock file: {ci.stderr[-1500:]}")
    check(open(os.path.join(work, "package-lock.json"), "rb").read() == lock, "npm ci rewrote package-lock.json")
    check(os.path.exists(os.path.join(work, "node_modules", ".bin", "pagefind")), "npm ci installed no pagefind")

    makefile = open(os.path.join(source, "Makefile"), encoding="utf-8").read()
    recipes = [line for line in makefile.split("\n") if line.startswith("\t")]
    check(not any(re.search(r"\bnpm (install|i)\b", line) for line in recipes),
          "a Makefile recipe runs `npm install`, which may rewrite the lock file")
    check(any(re.search(r"\bnpm ci\b", line) for line in recipes), "no Makefile recipe runs `npm ci`")

    if shutil.which("git") and os.path.isdir(os.path.join(source, ".git")):
        made = ["output/index.html", ".output.cache/x", ".output.staging-123/x", "build/clusterpack",
                "build-asan/clusterpack", "tests/browser/node_modules/.bin/pagefind"]
        for path in made:
            r = subprocess.run(["git", "check-ignore", "-q", path], cwd=source)
            check(r.returncode == 0, f"git does not ignore {path}, which the README's commands make")
    return check.summary()


if __name__ == "__main__":
    sys.exit(main())
