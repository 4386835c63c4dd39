#!/usr/bin/env python3
"""The default site's output, file by file, against the SHA-256 manifest in
tests/golden/default-site.sha256: a refactor must leave every byte of every
page and PDF as it was (issue 18). A change meant to alter the output
regenerates the manifest (UPDATE_GOLDEN=1) after its diff was looked at;
the commit then shows which files changed.

Usage: check_byte_identical.py OUTPUT_DIR MANIFEST
"""
import hashlib
import os
import sys


def hashes(root):
    out = {}
    for folder, _, files in os.walk(root):
        for name in files:
            path = os.path.join(folder, name)
            with open(path, "rb") as f:
                out[os.path.relpath(path, root)] = hashlib.sha256(f.read()).hexdigest()
    return out


def read_manifest(path):
    out = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            digest, name = line.rstrip("\n").split("  ", 1)
            out[name] = digest
    return out


def main():
    root, manifest = sys.argv[1], sys.argv[2]
    actual = hashes(root)
    if len(actual) < 100:
        sys.exit(f"{root}: only {len(actual)} files; the default site has hundreds")
    if os.environ.get("UPDATE_GOLDEN"):
        with open(manifest, "w", encoding="utf-8") as f:
            for name in sorted(actual):
                f.write(f"{actual[name]}  {name}\n")
        print(f"wrote {manifest}: {len(actual)} files")
        return
    expected = read_manifest(manifest)
    missing = sorted(set(expected) - set(actual))
    added = sorted(set(actual) - set(expected))
    changed = sorted(n for n in set(actual) & set(expected) if actual[n] != expected[n])
    for label, names in (("missing", missing), ("new", added), ("changed", changed)):
        for name in names:
            print(f"{label}: {name}")
    if missing or added or changed:
        sys.exit(f"the default site's output differs from {manifest} in {len(missing) + len(added) + len(changed)} "
                 "files (UPDATE_GOLDEN=1 regenerates the manifest when the change is meant)")
    print(f"{len(actual)} files, byte-identical to {manifest}")


if __name__ == "__main__":
    main()
