#!/usr/bin/env python3
"""Validates every shipped cluster file against `clusterpack schema`, and
checks that the schema rejects what clusterpack rejects (so it is a real
check, not a schema that accepts anything). Prints 'N passed, N failed'."""
import glob
import json
import subprocess
import sys

import jsonschema
import yaml

binary, source = sys.argv[1], sys.argv[2]
schema = json.loads(subprocess.run([binary, "schema"], check=True, capture_output=True, text=True).stdout)
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
passed = failed = 0


def as_json(data):
    # YAML dates become date objects; the schema sees them as text.
    return json.loads(json.dumps(data, default=str))


files = sorted(glob.glob(source + "/content/clusters/*/*.yaml")) + sorted(
    glob.glob(source + "/tests/sites/*/content/clusters/*/*.yaml"))
for path in files:
    if "/sites/invalid/" in path:
        continue
    with open(path, encoding="utf-8") as fh:
        data = as_json(yaml.safe_load(fh))
    errors = list(validator.iter_errors(data))
    if errors:
        failed += 1
        print(f"FAIL {path}: {errors[0].message} at {list(errors[0].absolute_path)}")
    else:
        passed += 1

bad = [
    {"name": "X", "health_board": "powys", "populaton": 5},
    {"name": "X", "health_board": "powys", "risks": [{"id": "R1", "title": "T", "category": "staffing",
                                                       "owner": "a", "likelihood": 2, "impact": 2}]},
    {"name": "X", "health_board": "powys", "risks": [{"id": "R1", "title": "T", "category": "workforce",
                                                       "owner": "a", "likelihood": 6, "impact": 2}]},
    {"name": {"en": "X", "fr": "Y"}, "health_board": "powys"},
    {"health_board": "powys"},
]
for data in bad:
    if list(validator.iter_errors(data)):
        passed += 1
    else:
        failed += 1
        print(f"FAIL the schema accepts {data}")
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
