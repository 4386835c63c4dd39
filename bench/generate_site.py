#!/usr/bin/env python3
"""Generates a synthetic but valid clusterpack site with N clusters (both
languages), from the shipped site: the guide, pack index and theme are
copied, and the 14 example clusters are cloned under new ids across the 7
health boards until there are N. Also emits the same corpus as a Hugo site
(one Markdown page per clusterpack page, same text sizes) for the
side-by-side comparison.

Usage: generate_site.py SOURCE OUT_DIR N [--hugo HUGO_DIR]
"""
import argparse
import glob
import os
import re
import shutil

import yaml


def clone_clusters(source, out, n):
    examples = sorted(glob.glob(os.path.join(source, "content", "clusters", "*", "*.yaml")))
    clusters_dir = os.path.join(out, "content", "clusters")
    shutil.rmtree(clusters_dir, ignore_errors=True)
    written = []
    for i in range(n):
        example = examples[i % len(examples)]
        board = os.path.basename(os.path.dirname(example))
        stem = os.path.splitext(os.path.basename(example))[0]
        cluster_id = f"{stem}-{i:04d}"
        text = open(example, encoding="utf-8").read()
        # Names stay unique so pages differ.
        text = re.sub(r"^name: \{en: (.*?), cy: (.*?)\}", lambda m: f"name: {{en: {m.group(1)} {i}, cy: {m.group(2)} {i}}}",
                      text, count=1, flags=re.M)
        target = os.path.join(clusters_dir, board, cluster_id + ".yaml")
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "w", encoding="utf-8") as fh:
            fh.write(text)
        written.append((board, cluster_id, target))
    return written


def text_of(node, lang):
    if isinstance(node, dict):
        if lang in node and isinstance(node[lang], str):
            return node[lang]
        return " ".join(text_of(v, lang) for v in node.values())
    if isinstance(node, list):
        return " ".join(text_of(v, lang) for v in node)
    return str(node) if node is not None else ""


def hugo_site(source, hugo, clusters):
    shutil.rmtree(hugo, ignore_errors=True)
    os.makedirs(os.path.join(hugo, "layouts", "_default"))
    with open(os.path.join(hugo, "config.yaml"), "w") as fh:
        fh.write("baseURL: https://clusters.example.wales/\ndefaultContentLanguage: en\n"
                 "defaultContentLanguageInSubdir: true\ndisableKinds: [taxonomy, term, RSS]\n"
                 "languages:\n  en: {weight: 1}\n  cy: {weight: 2}\n")
    layout = ("<!DOCTYPE html><html lang=\"{{ .Lang }}\"><head><meta charset=\"utf-8\"><title>{{ .Title }}</title>"
              "{{ range .AllTranslations }}<link rel=\"alternate\" hreflang=\"{{ .Lang }}\" href=\"{{ .Permalink }}\">{{ end }}"
              "</head><body><nav>{{ range .Translations }}<a href=\"{{ .RelPermalink }}\">{{ .Lang }}</a>{{ end }}</nav>"
              "<main><h1>{{ .Title }}</h1>{{ .Content }}</main></body></html>\n")
    for name in ("single.html", "list.html"):
        open(os.path.join(hugo, "layouts", "_default", name), "w").write(layout)
    open(os.path.join(hugo, "layouts", "index.html"), "w").write(layout)
    content = os.path.join(hugo, "content")
    for path in glob.glob(os.path.join(source, "content", "**", "*.md"), recursive=True):
        rel = os.path.relpath(path, os.path.join(source, "content"))
        # Hugo reads index.md as a leaf bundle, which would swallow every
        # other page below it as a resource: clusterpack's index is Hugo's _index.
        name = os.path.basename(rel)
        if name.startswith("index."):
            rel = os.path.join(os.path.dirname(rel), "_" + name)
        target = os.path.join(content, rel)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        shutil.copy(path, target)
    # One page per clusterpack page of a cluster: the cluster page (_index,
    # so that the documents beside it are pages, not bundle resources) and
    # its seven documents, in both languages, with the cluster's text as body.
    for board, cluster_id, path in clusters:
        data = yaml.safe_load(open(path, encoding="utf-8"))
        for lang in ("en", "cy"):
            body = text_of(data, lang)
            for doc in ("_index", "terms-of-reference", "voting-system", "risk-register", "decision-tracker", "sbar",
                        "business-case", "vision"):
                target = os.path.join(content, "clusters", board, cluster_id, f"{doc}.{lang}.md")
                os.makedirs(os.path.dirname(target), exist_ok=True)
                with open(target, "w", encoding="utf-8") as fh:
                    fh.write(f"---\ntitle: \"{cluster_id} {doc}\"\n---\n\n## {doc}\n\n{body[:6000]}\n")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("source")
    parser.add_argument("out")
    parser.add_argument("n", type=int)
    parser.add_argument("--hugo")
    args = parser.parse_args()
    if os.path.exists(args.out):
        shutil.rmtree(args.out)
    os.makedirs(args.out)
    for item in ("site.yaml", "content", "templates"):
        src = os.path.join(args.source, item)
        dst = os.path.join(args.out, item)
        if os.path.isdir(src):
            shutil.copytree(src, dst)
        elif os.path.exists(src):
            shutil.copy(src, dst)
    clusters = clone_clusters(args.source, args.out, args.n)
    if args.hugo:
        hugo_site(args.out, args.hugo, clusters)
    print(f"{args.n} clusters → {args.out}" + (f", Hugo corpus → {args.hugo}" if args.hugo else ""))


if __name__ == "__main__":
    main()
