#!/usr/bin/python3
"""Times commands in alternating runs: one run of each in turn, the order
swapped every round (A B, B A, ...), after a warm-up round. On a shared
machine the load drifts over minutes; hyperfine runs each command's runs
in one block, so a drift lands on one command only. Alternating spreads it
over all of them, as the side-by-side runs of issue 19 did.

Writes JSON shaped like hyperfine's (results[i].command, mean, stddev,
times) with the CPU time (user + system) of each run beside the wall time
(user, system: means, as hyperfine has them), and each run's CPU time
(cpu_times) with their standard deviation (cpu_stddev).

Usage: alternate.py --runs N --json OUT (--cmd NAME PREPARE COMMAND)...
PREPARE runs through the shell before each run of its COMMAND, untimed;
COMMAND is split like a shell's words and run without a shell; its output
is discarded, and a run that fails stops the benchmark. "{run}" in either
becomes the round's number (0 for the warm-up): a folder of its own per run.
"""
import argparse
import json
import os
import shlex
import statistics
import subprocess
import sys
import tempfile
import time


def timed_run(command):
    """Wall seconds, user seconds, system seconds of one run."""
    with tempfile.TemporaryFile() as errors:  # a file, not a pipe: nothing waits on its reader
        start = time.perf_counter()
        child = subprocess.Popen(shlex.split(command), stdout=subprocess.DEVNULL, stderr=errors)
        _, status, usage = os.wait4(child.pid, 0)  # wait4: the child's own CPU time
        wall = time.perf_counter() - start
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode != 0:
            errors.seek(0)
            sys.exit(f"alternate: '{command}' failed ({child.returncode}):\n{errors.read().decode(errors='replace')}")
    return wall, usage.ru_utime, usage.ru_stime


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, required=True)
    parser.add_argument("--json", required=True)
    parser.add_argument("--cmd", nargs=3, action="append", required=True, metavar=("NAME", "PREPARE", "COMMAND"))
    args = parser.parse_args()
    runs = {name: [] for name, _, _ in args.cmd}
    for round_number in range(args.runs + 1):  # round 0 is the warm-up
        order = args.cmd if round_number % 2 == 0 else list(reversed(args.cmd))
        for name, prepare, command in order:
            subprocess.run(prepare.replace("{run}", str(round_number)), shell=True, check=True)
            result = timed_run(command.replace("{run}", str(round_number)))
            if round_number > 0:
                runs[name].append(result)
    results = []
    for name, _, _ in args.cmd:
        wall = [r[0] for r in runs[name]]
        cpu = [r[1] + r[2] for r in runs[name]]
        results.append({
            "command": name,
            "mean": statistics.mean(wall),
            "stddev": statistics.stdev(wall) if len(wall) > 1 else 0.0,
            "times": wall,
            "user": statistics.mean(r[1] for r in runs[name]),
            "system": statistics.mean(r[2] for r in runs[name]),
            "cpu_times": cpu,
            "cpu_stddev": statistics.stdev(cpu) if len(cpu) > 1 else 0.0,
        })
    with open(args.json, "w") as out:
        json.dump({"results": results}, out, indent=1)


if __name__ == "__main__":
    main()
