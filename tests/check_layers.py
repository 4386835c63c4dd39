#!/usr/bin/env python3
"""Checks that modules include only the modules below them, as the LAYER
table in src/CMakeLists.txt allows. Prints a 'N passed, N failed' line."""
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
for module in sorted(os.listdir(src)):
    folder = os.path.join(src, module)
    if not os.path.isdir(folder):
        continue
    if module not in allowed:
        print(f"FAIL src/{module}/ is not in the LAYER table of src/CMakeLists.txt")
        failed += 1
        continue
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name), encoding="utf-8") as fh:
            for number, line in enumerate(fh, 1):
                m = re.match(r'#include "(\w+)/', line)
                if not m:
                    continue
                used = m.group(1)
                if used == module or used in allowed[module]:
                    passed += 1
                else:
                    failed += 1
                    print(f"FAIL src/{module}/{name}:{number}: {module} may not include {used}/")
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
