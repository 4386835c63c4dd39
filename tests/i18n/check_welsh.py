#!/usr/bin/env python3
"""Spell-checks all Welsh text of the site with aspell-cy.

Welsh text comes from content/**/*.cy.md (front matter values and body,
without link targets or code), templates/*/body.cy.md (without Mustache
tags), the theme's i18n/cy.yaml, and every `cy:` value of the YAML data.
Elided forms are split at the apostrophe (gyhoeddi'r → gyhoeddi, a'r → a,
sy'n → sy) because aspell-cy lists none of them. Words in the project word
list (tests/i18n/cy-wordlist.txt: proper nouns, loanwords, and standard
words that aspell-cy 0.50 lacks, each checked) count as known.

Usage: check_welsh.py SOURCE_DIR [--threshold 97] [--show N]
Prints the share of known words and a 'N passed, N failed' line; exits 1
below the threshold.
"""
import argparse
import glob
import os
import re
import subprocess
import sys

import yaml

WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿŴŵŶŷẀẁẂẃẄẅỲỳ]+(?:['’][A-Za-zÀ-ÖØ-öø-ÿŴŵŶŷẀẁẂẃẄẅỲỳ]+)*")


def markdown_text(text):
    text = re.sub(r"```.*?```", " ", text, flags=re.S)
    text = re.sub(r"`[^`]*`", " ", text)
    text = re.sub(r"\]\([^)]*\)", "]", text)          # link targets
    text = re.sub(r"\{\{[^}]*\}\}\}?", " ", text)      # Mustache tags
    text = re.sub(r"https?://\S+", " ", text)
    return text


def front_matter_and_body(path):
    text = open(path, encoding="utf-8").read()
    parts = text.split("\n---", 1)
    if text.startswith("---") and len(parts) == 2:
        front = yaml.safe_load(parts[0][3:]) or {}
        body = parts[1].split("\n", 1)[1] if "\n" in parts[1] else ""
        values = []
        for key, value in front.items():
            if key in ("slug", "chapter", "key_actions_shared_with"):
                continue
            values.extend(value if isinstance(value, list) else [value])
        return "\n".join(str(v) for v in values) + "\n" + body
    return text


def cy_values(node, out):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "cy" and isinstance(value, str):
                out.append(value)
            else:
                cy_values(value, out)
    elif isinstance(node, list):
        for item in node:
            cy_values(item, out)


def welsh_texts(source):
    for path in sorted(glob.glob(os.path.join(source, "content", "**", "*.cy.md"), recursive=True)):
        yield path, markdown_text(front_matter_and_body(path))
    for path in sorted(glob.glob(os.path.join(source, "templates", "*", "body.cy.md"))):
        yield path, markdown_text(open(path, encoding="utf-8").read())
    path = os.path.join(source, "themes", "default", "i18n", "cy.yaml")
    strings = yaml.safe_load(open(path, encoding="utf-8"))
    yield path, "\n".join(v for k, v in strings.items() if not k.endswith("_slug")).replace("{n}", " ")
    for path in sorted(glob.glob(os.path.join(source, "content", "**", "*.yaml"), recursive=True)):
        values = []
        cy_values(yaml.safe_load(open(path, encoding="utf-8")), values)
        yield path, markdown_text("\n".join(values))


def split_elision(word):
    # Keep the part before the first apostrophe: the clitic after it ('r,
    # 'n, 'i, 'w, 'u, 'm, 'th, 'ch) is not a word on its own.
    head = re.split(r"['’]", word)[0]
    return head


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("source")
    parser.add_argument("--threshold", type=float, default=97.0)
    parser.add_argument("--show", type=int, default=25)
    args = parser.parse_args()
    wordlist_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cy-wordlist.txt")
    project = set()
    with open(wordlist_path, encoding="utf-8") as fh:
        for line in fh:
            line = line.split("#", 1)[0].strip()
            if line:
                project.add(line)
    tokens = []
    for path, text in welsh_texts(args.source):
        for word in WORD.findall(text):
            word = split_elision(word)
            if len(word) > 1 or word.lower() in ("a", "i", "y", "o", "â", "ô", "ei", "e"):
                tokens.append((word, path))
    unique = sorted({w for w, _ in tokens})
    result = subprocess.run(["aspell", "--lang=cy", "--encoding=utf-8", "list"], input="\n".join(unique),
                            capture_output=True, text=True, check=True)
    unknown_to_aspell = set(result.stdout.split())
    unknown = {w for w in unknown_to_aspell if w not in project and w.lower() not in project}
    count = {}
    for word, _ in tokens:
        if word in unknown:
            count[word] = count.get(word, 0) + 1
    missed = sum(count.values())
    known = 100.0 * (len(tokens) - missed) / max(1, len(tokens))
    print(f"Welsh words: {len(tokens)}, known to aspell-cy or the project word list: {known:.2f}%"
          f" (aspell-cy alone: {100.0 * sum(1 for w, _ in tokens if w not in unknown_to_aspell) / max(1, len(tokens)):.2f}%)")
    for word, n in sorted(count.items(), key=lambda kv: (-kv[1], kv[0]))[: args.show]:
        print(f"  unknown: {word} ({n})")
    unused = sorted(w for w in project if w not in unknown_to_aspell and w.lower() not in {u.lower() for u in unknown_to_aspell})
    if unused:
        print(f"  word list entries aspell already knows or no text uses: {len(unused)}")
    ok = known >= args.threshold
    print(f"{1 if ok else 0} passed, {0 if ok else 1} failed")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
