#!/usr/bin/env python3
"""Where `clusterpack build` may write: never over its own input. An output
folder that is the source folder, contains it, sits inside one of its input
folders (content/, templates/, themes/), is '/', or reaches one of these
through a symlink or '..' is refused with exit code 2, and nothing is
written, moved or deleted. A plain output folder beside the source builds.

Usage: check_output_paths.py CLUSTERPACK SOURCE WORK
Prints one line per problem and a closing 'N passed, N failed' line.
"""
import os
import shutil
import subprocess
import sys

from common import Checks, snapshot


def main():
    exe, source, work = (os.path.abspath(a) for a in sys.argv[1:4])
    shutil.rmtree(work, ignore_errors=True)
    site = os.path.join(work, "site")
    shutil.copytree(source, site, symlinks=True)
    os.symlink(site, os.path.join(work, "link-to-site"))
    os.symlink(os.path.join(site, "content"), os.path.join(work, "link-to-content"))
    check = Checks(echo=True)

    refused = [
        (site, "is the source folder or contains it"),
        (work, "is the source folder or contains it"),
        (os.path.join(site, "content"), "is inside the input folder 'content/'"),
        (os.path.join(site, "content", "guide", "out"), "is inside the input folder 'content/'"),
        (os.path.join(site, "templates", "out"), "is inside the input folder 'templates/'"),
        (os.path.join(site, "themes"), "is inside the input folder 'themes/'"),
        (os.path.join(work, "elsewhere", "..", "site"), "is the source folder or contains it"),
        (os.path.join(work, "link-to-site"), "is the source folder or contains it"),
        (os.path.join(work, "link-to-content", "out"), "is inside the input folder 'content/'"),
        ("/", "is the source folder or contains it"),
    ]
    before = snapshot(work)
    for output, message in refused:
        run = subprocess.run([exe, "build", "--source", site, "--output", output], capture_output=True, text=True)
        check(run.returncode == 2, f"--output {output}: exit {run.returncode}, expected 2")
        check(message in run.stderr, f"--output {output}: the message does not say '{message}': {run.stderr.strip()}")
        check(snapshot(work) == before, f"--output {output}: the work folder changed")
    good = os.path.join(work, "output")
    run = subprocess.run([exe, "build", "--source", site, "--output", good], capture_output=True, text=True)
    check(run.returncode == 0, f"a plain output folder beside the source does not build: {run.stderr[-2000:]}")
    check(os.path.isfile(os.path.join(good, "en", "index.html")), "the plain build wrote no en/index.html")
    print(f"{check.passed} passed, {check.failed} failed")
    return 1 if check.failed else 0


if __name__ == "__main__":
    sys.exit(main())
