#!/usr/bin/env python3
"""Checks `clusterpack schema`: every shipped cluster file validates; the
schema rejects what clusterpack rejects (so it is a real check, not a
schema that accepts anything) and accepts what it accepts; every property
has a description for editors to show; the $id is the project's URN.
Prints 'N passed, N failed'."""
import copy
import decimal
import glob
import json
import subprocess
import sys
import tempfile

import jsonschema
import yaml

binary, source = sys.argv[1], sys.argv[2]
schema = json.loads(subprocess.run([binary, "schema"], check=True, capture_output=True, text=True).stdout)
jsonschema.Draft202012Validator.check_schema(schema)


def exact_multiple_of(validator, step, instance, schema):
    # jsonschema 4.10 divides floats: 19.99 / 0.01 is 1998.9999999999998,
    # so it rejects 19.99. Decimal on the written digits is exact.
    if not validator.is_type(instance, "number"):
        return
    if decimal.Decimal(str(instance)) % decimal.Decimal(str(step)) != 0:
        yield jsonschema.ValidationError(f"{instance!r} is not a multiple of {step}")


Validator = jsonschema.validators.extend(jsonschema.Draft202012Validator, {"multipleOf": exact_multiple_of})
validator = Validator(schema, format_checker=jsonschema.FormatChecker())
passed = failed = 0


def check(ok, message):
    global passed, failed
    if ok:
        passed += 1
    else:
        failed += 1
        print("FAIL " + message)


def as_json(data):
    # YAML dates become date objects; the schema sees them as text.
    return json.loads(json.dumps(data, default=str))


def first_error(data):
    error = next(validator.iter_errors(data), None)
    return f"{error.message} at {list(error.absolute_path)}" if error else None


# The schema itself: an absolute, stable $id, and a description on every
# property at every depth and on every definition.
check(schema.get("$id") == "urn:clusterpack:schema:cluster:1", f"$id is {schema.get('$id')!r}")


def undescribed(node, path):
    if isinstance(node, list):
        for i, item in enumerate(node):
            yield from undescribed(item, f"{path}/{i}")
    if not isinstance(node, dict):
        return
    for keyword in ("properties", "$defs"):
        for name, sub in node.get(keyword, {}).items():
            text = sub.get("description") if isinstance(sub, dict) else None
            if not (isinstance(text, str) and text.strip()):
                yield f"{path}/{keyword}/{name}"
    for keyword, sub in node.items():
        yield from undescribed(sub, f"{path}/{keyword}")


missing = list(undescribed(schema, "#"))
check(not missing, f"{len(missing)} properties have no description, e.g. {missing[:3]}")
# The walk reaches deep properties: one description taken away is found.
stripped = copy.deepcopy(schema)
involved = stripped["properties"]["business_plan"]["properties"]["work_plan"]["items"]["properties"]["involved"]
del involved["description"]
found = list(undescribed(stripped, "#"))
check(found == ["#/properties/business_plan/properties/work_plan/items/properties/involved"],
      f"the description check finds {found} once one is taken away")

# Every shipped cluster file validates.
files = sorted(glob.glob(source + "/content/clusters/*/*.yaml")) + sorted(
    glob.glob(source + "/tests/sites/*/content/clusters/*/*.yaml"))
check(len(files) >= 5, f"only {len(files)} cluster files found under {source}")
for path in files:
    if "/sites/invalid/" in path:
        continue
    with open(path, encoding="utf-8") as fh:
        error = first_error(as_json(yaml.safe_load(fh)))
    check(error is None, f"{path}: {error}")

# The starter file `new cluster` writes, with the optional sections its
# comments hold (from "# risks:" on) uncommented, is where a new cluster
# begins.
with tempfile.TemporaryDirectory() as folder:
    subprocess.run([binary, "new", "cluster", "powys/schema-starter", "--source", folder],
                   check=True, capture_output=True)
    with open(folder + "/schema-starter.yaml", encoding="utf-8") as fh:
        lines = fh.read().split("\n")
optional = next((i for i, line in enumerate(lines) if line.startswith("# risks:")), None)
check(optional is not None, "the starter has no commented '# risks:' section")
if optional is not None:
    lines[optional:] = [line[2:] if line.startswith("# ") else line.lstrip("#") for line in lines[optional:]]
starter = as_json(yaml.safe_load("\n".join(lines)))
check("decisions" in starter and first_error(starter) is None, f"the starter: {first_error(starter)}")

# A small valid cluster, then one change at a time.
base = {
    "name": {"en": "X", "cy": "Y"}, "health_board": "powys",
    "people": [{"id": "lead", "name": "A"}, {"id": "dep", "name": "B"}],
    "members": [{"id": "m1", "name": "M1", "type": "gms-practice", "representative": "lead"},
                {"id": "m2", "name": "M2", "type": "dental", "representative": "dep"}],
    "terms_of_reference": {"body": "stakeholder-board", "purpose": "P", "chair": "lead",
                           "meetings": {"frequency": "monthly", "quorum": "50%"},
                           "agreed": "2026-04-01", "review": "2027-04-01", "signatories": ["lead", "dep"]},
    "voting": {"majority": {"general": "simple", "financial": "two-thirds"}},
    "decisions": [{"id": "D1", "date": "2026-05-01", "title": "T", "financial": True, "amount": 48000,
                   "votes": {"for": ["m1"], "against": ["m2"], "abstain": []}}],
}


def changed(path, value):
    data = copy.deepcopy(base)
    node = data
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    return data


QUORUM = ["terms_of_reference", "meetings", "quorum"]
AMOUNT = ["decisions", 0, "amount"]
VOTES = ["decisions", 0, "votes"]
accepted = [
    ("the base cluster", base),
    ("quorum 100%", changed(QUORUM, "100%")),
    ("quorum 1%", changed(QUORUM, "1%")),
    ("quorum 4 members", changed(QUORUM, 4)),
    ("quorum 1000 members", changed(QUORUM, 1000)),
    ("amount 1250.50", changed(AMOUNT, 1250.50)),
    ("amount 19.99", changed(AMOUNT, 19.99)),
    ("amount 0.07", changed(AMOUNT, 0.07)),
    ("bilingual text with Welsh only", changed(["name"], {"cy": "Y"})),
]
for what, data in accepted:
    error = first_error(data)
    check(error is None, f"the schema rejects {what}: {error}")

rejected = [
    ("an unknown key", changed(["populaton"], 5)),
    ("no name", {k: v for k, v in base.items() if k != "name"}),
    ("a language other than en and cy", changed(["name"], {"en": "X", "fr": "Y"})),
    ("bilingual text empty in both languages", changed(["name"], {"en": "", "cy": ""})),
    ("quorum 101%", changed(QUORUM, "101%")),
    ("quorum 0%", changed(QUORUM, "0%")),
    ("quorum 050%", changed(QUORUM, "050%")),
    ("quorum 0 members", changed(QUORUM, 0)),
    ("quorum 1001 members", changed(QUORUM, 1001)),
    ("amount 1.005", changed(AMOUNT, 1.005)),
    ("amount -1", changed(AMOUNT, -1)),
    ("amount as text with £", changed(AMOUNT, "£48000")),
    ("a signatory twice", changed(["terms_of_reference", "signatories"], ["lead", "dep", "lead"])),
    ("a vote for twice", changed(VOTES + ["for"], ["m1", "m1"])),
    ("a vote against twice", changed(VOTES + ["against"], ["m2", "m2"])),
    ("an abstention twice", changed(VOTES + ["abstain"], ["m2", "m2"])),
    ("a conflict twice", changed(["decisions", 0, "conflicts"], ["m2", "m2"])),
    ("a person in attendance twice", changed(["in_attendance"], [{"person": "dep"}, {"person": "dep"}])),
    ("a business case's risk twice", changed(["business_cases"], [
        {"id": "bc", "title": "T", "summary": "S", "years": ["2026/27"], "risks": ["R1", "R1"]}])),
    ("a business case's year twice", changed(["business_cases"], [
        {"id": "bc", "title": "T", "summary": "S", "years": ["2026/27", "2026/27"]}])),
    ("a work plan item involving someone twice", changed(["business_plan"], {
        "executive_summary": "S", "work_plan": [{"id": "1.1", "project": "P", "involved": ["m1", "m1"]}]})),
    ("a proxy keyed by an invalid id", changed(VOTES + ["by_proxy"], {"m 1": "dep"})),
    ("a date before 1900", changed(["terms_of_reference", "agreed"], "1899-12-31")),
    ("a date that does not exist", changed(["terms_of_reference", "agreed"], "2026-02-30")),
    ("a risk category not in the list", changed(["risks"], [
        {"id": "R1", "title": "T", "category": "staffing", "owner": "lead", "likelihood": 2, "impact": 2}])),
    ("a likelihood of 6", changed(["risks"], [
        {"id": "R1", "title": "T", "category": "workforce", "owner": "lead", "likelihood": 6, "impact": 2}])),
    ("plan resources without years", changed(["business_plan"], {
        "executive_summary": "S", "resources": [{"item": "I", "amounts": [1]}]})),
]
for what, data in rejected:
    check(first_error(data) is not None, f"the schema accepts {what}")

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
