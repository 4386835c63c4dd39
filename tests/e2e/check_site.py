#!/usr/bin/env python3
"""End-to-end check of a built site (standard library only).

Proves, for every HTML page under OUTPUT:
- <html lang> matches the language folder it is in (the root chooser is cy/en);
- every internal link and asset resolves to an existing file;
- the language switch exists and resolves to the corresponding page in the
  other language (never the home page, unless the page is the home page);
- hreflang alternates name both languages and x-default;
- no page carries an inline script, inline event handler or javascript: URL;
  the only script is the theme's own file in assets/ (the search page's).
Prints one line per problem and a closing 'N passed, N failed' line.
"""
import os
import sys
from html.parser import HTMLParser
from urllib.parse import urlsplit, unquote

from common import Checks


class Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lang = None
        self.links = []       # (tag, attr value)
        self.switch = None    # href of the language switch link
        self.alternates = {}  # hreflang -> href
        self.scripts = 0      # inline scripts
        self.script_srcs = []
        self._in_script = False
        self.handlers = []
        self._in_switch = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for name, value in attrs:
            if name.startswith("on"):
                self.handlers.append(name)
            if name in ("href", "src") and value and value.strip().lower().startswith("javascript:"):
                self.handlers.append("javascript: URL")
        if tag == "html":
            self.lang = a.get("lang")
        if tag == "script":
            if a.get("src"):
                self.script_srcs.append(a["src"])
            else:
                self.scripts += 1
            self._in_script = True
        if tag == "nav" and "language-switch" in (a.get("class") or ""):
            self._in_switch = True
        if tag == "a" and self._in_switch and a.get("rel") == "alternate":
            self.switch = a.get("href")
        if tag == "link" and a.get("rel") == "alternate" and a.get("hreflang"):
            self.alternates[a["hreflang"]] = a.get("href")
        if tag in ("a", "link") and a.get("href"):
            self.links.append(a["href"])
        if tag in ("img", "script") and a.get("src"):
            self.links.append(a["src"])

    def handle_endtag(self, tag):
        if tag == "nav":
            self._in_switch = False
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script and data.strip():
            self.scripts += 1


def main():
    root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "output")
    check = Checks()

    pages = []
    for folder, _, files in os.walk(root):
        for f in files:
            if f.endswith(".html"):
                pages.append(os.path.join(folder, f))
    pages.sort()
    check(len(pages) > 0, "no pages found under " + root)
    counts = {}
    for path in pages:
        rel = os.path.relpath(path, root)
        lang_dir = rel.split(os.sep)[0]
        with open(path, encoding="utf-8") as fh:
            p = Page()
            p.feed(fh.read())
        if rel == "index.html":
            check(p.lang in ("en", "cy"), f"{rel}: root page has lang {p.lang}")
        else:
            counts[lang_dir] = counts.get(lang_dir, 0) + 1
            check(p.lang == lang_dir, f"{rel}: lang is {p.lang!r}, expected {lang_dir!r}")
        check(p.scripts == 0 and not p.handlers, f"{rel}: inline script or handler present {p.handlers}")
        for src in p.script_srcs:
            check(not urlsplit(src).scheme and "/assets/" in "/" + src and not urlsplit(src).query,
                  f"{rel}: script {src} is not the theme's own file in assets/")
        is_404 = rel.endswith("404.html")
        for href in p.links:
            parts = urlsplit(href)
            if parts.scheme or href.startswith("#"):
                continue
            if is_404:
                continue
            target = os.path.normpath(os.path.join(os.path.dirname(path), unquote(parts.path)))
            check(os.path.isfile(target), f"{rel}: link {href} does not resolve")
            check(target.startswith(root + os.sep), f"{rel}: link {href} leaves the output")
        if rel == "index.html" or is_404:
            continue
        other = "cy" if lang_dir == "en" else "en"
        check(p.switch is not None, f"{rel}: no language switch")
        if p.switch and not urlsplit(p.switch).scheme:
            target = os.path.normpath(os.path.join(os.path.dirname(path), p.switch))
            check(os.path.isfile(target), f"{rel}: language switch {p.switch} does not resolve")
            target_rel = os.path.relpath(target, root)
            check(target_rel.split(os.sep)[0] == other, f"{rel}: language switch goes to {target_rel}")
            is_home = rel == os.path.join(lang_dir, "index.html")
            check(is_home or target_rel != os.path.join(other, "index.html"),
                  f"{rel}: language switch goes to the home page")
            with open(target, encoding="utf-8") as fh:
                q = Page()
                q.feed(fh.read())
            counterpart_indexed = "noindex" not in open(target, encoding="utf-8").read()
            # The counterpart's switch comes back here.
            if q.switch and not urlsplit(q.switch).scheme:
                back = os.path.normpath(os.path.join(os.path.dirname(target), q.switch))
                check(back == path, f"{rel}: switching languages twice lands on {os.path.relpath(back, root)}")
        else:
            counterpart_indexed = False  # on another domain: not checked from here
        if "noindex" not in open(path, encoding="utf-8").read():
            expected = {lang_dir, "x-default"} | ({other} if counterpart_indexed else set())
            check(expected <= set(p.alternates), f"{rel}: hreflang alternates {sorted(p.alternates)}")
    check(counts.get("en", 0) == counts.get("cy", 0), f"page counts differ by language: {counts}")
    for message in check.problems:
        print("FAIL " + message)
    print(f"{check.passed} passed, {check.failed} failed")
    return 1 if check.failed else 0


if __name__ == "__main__":
    sys.exit(main())
