#!/usr/bin/env python3
"""Checks the LAYER table of src/CMakeLists.txt against the code: every
module includes only itself and the modules its row allows, each row names
only modules above it in the table (so dependencies go one way), and each
module a row allows is included by at least one of the module's files (so
the table says what the code does, not more). Prints a 'N passed, N failed'
line."""
import os
import re
import sys

src = sys.argv[1] if len(sys.argv) > 1 else "src"
allowed = {}
with open(os.path.join(src, "CMakeLists.txt"), encoding="utf-8") as fh:
    for line in fh:
        m = re.match(r"#\s+LAYER (\w+):(.*)", line)
        if m:
            allowed[m.group(1)] = set(m.group(2).split())
passed = failed = 0


def fail(message):
    global failed
    failed += 1
    print("FAIL " + message)


order = list(allowed)
for position, module in enumerate(order):
    for below in sorted(allowed[module]):
        if below not in order[:position]:
            fail(f"src/CMakeLists.txt: LAYER {module} allows {below}, which is not above it in the table")
        else:
            passed += 1

for module in sorted(os.listdir(src)):
    folder = os.path.join(src, module)
    if not os.path.isdir(folder):
        continue
    if module not in allowed:
        fail(f"src/{module}/ is not in the LAYER table of src/CMakeLists.txt")
        continue
    used_by_module = set()
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), encoding="utf-8") as fh:
            for number, line in enumerate(fh, 1):
                m = re.match(r'#include "(\w+)/', line)
                if not m:
                    continue
                used = m.group(1)
                used_by_module.add(used)
                if used == module or used in allowed[module]:
                    passed += 1
                else:
                    fail(f"src/{module}/{name}:{number}: {module} may not include {used}/")
    for unused in sorted(allowed[module] - used_by_module):
        fail(f"src/CMakeLists.txt: LAYER {module} allows {unused}, which no file of src/{module}/ includes")
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
