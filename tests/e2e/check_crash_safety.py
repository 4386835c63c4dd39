#!/usr/bin/env python3
"""Crash safety of `clusterpack build`: a build killed with SIGKILL at any
moment leaves the previous output/ complete and unchanged, and the next
build succeeds.

Copies the site in SOURCE to WORK/source (so edits made meanwhile cannot
change it), builds it once into WORK/output (the good build) and records every
file's bytes. Then edits the copy (the home page in both languages, so the
next build's output differs from the good one) and starts that build again
and again, killing it with SIGKILL after a random delay (seeded, so a
failure can be replayed with CRASH_SEED), spread over the whole run and
weighted towards its end, where files are written and the new tree is
swapped in. After each kill the output must be byte-identical to the good
build, or (when the kill came after the swap) to the edited build: never a
mix of the two, never missing files. Finally one more build must succeed,
give the edited bytes, and leave no staging folder behind.

Usage: check_crash_safety.py CLUSTERPACK SOURCE WORK [KILLS]
Prints one line per problem and a closing 'N passed, N failed' line.
"""
import os
import random
import shutil
import signal
import subprocess
import sys
import time

from common import Checks, snapshot


def differences(before, after):
    out = []
    for path in sorted(set(before) | set(after)):
        if path not in after:
            out.append(f"missing {path}")
        elif path not in before:
            out.append(f"unexpected {path}")
        elif before[path] != after[path]:
            out.append(f"changed {path}")
    return out


def main():
    exe, source, work = (os.path.abspath(a) for a in sys.argv[1:4])
    kills = int(sys.argv[4]) if len(sys.argv) > 4 else 20
    seed = int(os.environ.get("CRASH_SEED", "20260301"))
    rng = random.Random(seed)
    env = dict(os.environ, SOURCE_DATE_EPOCH="1772323200")
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(work)
    site = os.path.join(work, "source")
    os.makedirs(site)
    for part in ("site.yaml", "content", "templates", "themes"):
        path = os.path.join(source, part)
        if os.path.isdir(path):
            shutil.copytree(path, os.path.join(site, part), symlinks=True)
        elif os.path.isfile(path):
            shutil.copy2(path, site)
    source = site
    output = os.path.join(work, "output")
    command = [exe, "build", "--source", source, "--output", output]
    check = Checks()

    started = time.monotonic()
    first = subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    duration = time.monotonic() - started
    check(first.returncode == 0, f"the first build failed: {first.stderr[-2000:]}")
    if first.returncode != 0:
        print("\n".join(check.problems))
        print(f"{check.passed} passed, {check.failed} failed")
        return 1
    good = snapshot(output)
    check(len(good) > 50, f"the good build has only {len(good)} entries")
    # The edited site, and what its output must be, built aside once.
    edited_source = os.path.join(work, "edited")
    shutil.copytree(source, edited_source, symlinks=True)
    for lang in ("en", "cy"):
        with open(os.path.join(edited_source, "content", f"index.{lang}.md"), "a", encoding="utf-8") as f:
            f.write("\nEdited after the good build.\n")
    edited_output = os.path.join(work, "edited-output")
    edited_command = [exe, "build", "--source", edited_source, "--output", output]
    edited_run = subprocess.run(edited_command[:-1] + [edited_output], env=env,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    check(edited_run.returncode == 0, f"the edited build failed: {edited_run.stderr[-2000:]}")
    edited = snapshot(edited_output)
    shutil.rmtree(edited_output)
    check(edited != good, "the edit did not change the output")
    swapped = 0
    killed = finished = 0
    phases = {"before writing": 0, "writing": 0}
    for i in range(kills):
        # Half the kills anywhere in the run, half from its last third to
        # well past its end: a build after a killed one first clears the
        # stale staging folder, so it takes longer than the first, and the
        # swap at its very end must be reached too.
        delay = rng.uniform(0, duration * 1.1) if i % 2 == 0 else rng.uniform(duration * 0.66, duration * 1.8)
        process = subprocess.Popen(edited_command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            killed += 1
        else:
            finished += 1
        process.wait()
        staging = os.path.join(work, f".output.staging-{process.pid}")
        if os.path.isdir(staging):
            written = sum(len(files) for _, _, files in os.walk(staging))
            phases["writing" if written else "before writing"] += 1
        after = snapshot(output)
        if after == edited and after != good:
            swapped += 1
            # Back to the good output, so the next kill is checked against it.
            subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            check(snapshot(output) == good, "could not restore the good output")
            continue
        diff = differences(good, after)
        check(not diff, f"kill {i + 1} after {delay:.3f} s changed the output: " + "; ".join(diff[:5]))
    last = subprocess.run(edited_command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    check(last.returncode == 0, f"the build after the kills failed: {last.stderr[-2000:]}")
    check(not differences(edited, snapshot(output)), "the build after the kills differs from the edited build")
    # The build cache stays beside its output on purpose (.<output>.cache,
    # docs/performance.md); anything else left there is a bug.
    leftovers = [n for n in os.listdir(work) if n not in ("output", "source", "edited")
                 and not (n.startswith(".") and n.endswith(".cache"))]
    check(not leftovers, f"left beside the output after a good build: {leftovers}")
    for p in check.problems:
        print(p)
    print(f"build {duration:.2f} s; {killed} builds killed ({phases['writing']} while writing the staged tree, "
          f"{phases['before writing']} with it empty, the rest before it existed), {swapped} killed or finished after "
          f"the swap (whole new output), {finished} finished before the kill (seed {seed})")
    print(f"{check.passed} passed, {check.failed} failed")
    return 1 if check.failed else 0


if __name__ == "__main__":
    sys.exit(main())
