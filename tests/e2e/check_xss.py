#!/usr/bin/env python3
"""Checks a built XSS fixture site (tests/sites/xss/) with the standard
library's html.parser:

- no page has a <script> element (other than the theme's own script files,
  by src under assets/, with no inline code), nor any other active or
  dangerous element (iframe, object, embed, svg, math, style, base, form,
  meta refresh);
- no element has an on* attribute, and no href/src/action/formaction/
  xlink:href/srcdoc/data attribute holds a javascript:, vbscript: or data: URL
  (but the theme's empty favicon, <link rel="icon" href="data:,">);
- every page carries a strict Content-Security-Policy meta (default-src
  'none', no 'unsafe-inline', no 'unsafe-eval', no wildcard);
- every payload of payloads.json appears, whole, as text (in character
  data or an attribute value) in at least one page: it came out escaped,
  neither dropped nor turned into markup; and no page holds a payload's raw
  characters in its source;
- sitemap.xml files parse as XML and hold no payload markup;
- no PDF (uncompressed with qpdf) holds JavaScript, a launch or submit
  action, or a link to a javascript:, vbscript: or data: URL.

Usage: check_xss.py OUTPUT payloads.json
Prints one line per problem and a closing 'N passed, N failed' line.
"""
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from html.parser import HTMLParser

from common import Checks

DANGEROUS_ELEMENTS = {"iframe", "object", "embed", "svg", "math", "style", "base", "frame", "frameset",
                      "applet", "template", "noscript", "xmp", "plaintext"}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "srcdoc", "data", "poster", "background",
                  "srcset", "ping", "cite", "longdesc", "manifest"}
BAD_SCHEMES = ("javascript:", "vbscript:", "data:")
PDF_ACTIVE = re.compile(rb"/(?:JavaScript|JS|Launch|SubmitForm|ImportData|RichMedia)\b|/URI\s*\(\s*(?:javascript|vbscript|data):",
                        re.IGNORECASE)


class Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems = []
        self.texts = []
        self.csp = []
        self._script_open = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for name, value in attrs:
            value = value or ""
            if name.startswith("on"):
                self.problems.append(f"<{tag}> has an event handler attribute {name}")
            squashed = re.sub(r"[\x00-\x20]", "", value).lower()
            # An empty favicon ("data:,") stops browsers asking for /favicon.ico.
            harmless = tag == "link" and a.get("rel") == "icon" and (squashed == "data:," or
                                                                    squashed.startswith("data:image/png"))
            if name in URL_ATTRIBUTES and squashed.startswith(BAD_SCHEMES) and not harmless:
                self.problems.append(f"<{tag} {name}> holds a {squashed.split(':')[0]}: URL")
            if name == "style":
                self.problems.append(f"<{tag}> has a style attribute")
            self.texts.append(value)
        if tag == "script":
            src = a.get("src") or ""
            if not src or ":" in src or "assets/" not in src:
                self.problems.append(f"<script src={src!r}> is not one of the theme's own script files")
            self._script_open = True
        if tag in DANGEROUS_ELEMENTS:
            self.problems.append(f"<{tag}> element")
        if tag == "meta" and (a.get("http-equiv") or "").lower() == "refresh":
            self.problems.append("<meta http-equiv=refresh>")
        if tag == "meta" and (a.get("http-equiv") or "").lower() == "content-security-policy":
            self.csp.append(a.get("content") or "")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if tag == "script":
            self._script_open = False

    def handle_data(self, data):
        if self._script_open and data.strip():
            self.problems.append("a <script> element with inline code")
        self.texts.append(data)

    def handle_comment(self, data):
        self.problems.append("an HTML comment (payloads must never open one)")


def csp_problems(policies):
    if len(policies) != 1:
        return [f"{len(policies)} Content-Security-Policy metas (expected 1)"]
    directives = {}
    for part in policies[0].split(";"):
        words = part.split()
        if words:
            directives[words[0].lower()] = words[1:]
    out = []
    if directives.get("default-src") != ["'none'"]:
        out.append("CSP default-src is not 'none'")
    for name, values in directives.items():
        for v in values:
            if v in ("'unsafe-inline'", "'unsafe-eval'", "*", "http:", "https:", "'unsafe-hashes'", "blob:"):
                out.append(f"CSP {name} allows {v}")
            if v == "data:" and name != "img-src":
                out.append(f"CSP {name} allows data:")
    if directives.get("base-uri") != ["'none'"]:
        out.append("CSP base-uri is not 'none'")
    if directives.get("form-action") not in (["'none'"], ["'self'"]):
        out.append("CSP form-action is not 'none' or 'self'")
    return out


def main():
    root = os.path.abspath(sys.argv[1])
    payloads = json.load(open(sys.argv[2], encoding="utf-8"))
    check = Checks()

    pages, sitemaps, pdfs = [], [], []
    for folder, _, files in os.walk(root):
        for f in files:
            if f.endswith(".pdf"):
                pdfs.append(os.path.join(folder, f))
            if f.endswith(".html"):
                pages.append(os.path.join(folder, f))
            elif f.endswith(".xml"):
                sitemaps.append(os.path.join(folder, f))
    pages.sort()
    check(len(pages) >= 20, f"only {len(pages)} pages under {root}")
    seen = {p: 0 for p in payloads}
    for path in pages:
        rel = os.path.relpath(path, root)
        source = open(path, encoding="utf-8").read()
        page = Page()
        page.feed(source)
        page.close()
        for problem in page.problems:
            check(False, f"{rel}: {problem}")
        check(not page.problems, f"{rel}: has active content")
        if rel != "index.html" or page.csp:
            for problem in csp_problems(page.csp):
                check(False, f"{rel}: {problem}")
        text = "\n".join(page.texts)
        text = re.sub(r"\s+", " ", text)
        for p in payloads:
            if p in text:
                seen[p] += 1
            if "<" in p:
                check(p not in source, f"{rel}: the raw payload {p!r} is in the page source")
    for p, n in seen.items():
        check(n > 0, f"payload {p!r} never appears as text in any page (dropped or turned into markup)")
    for path in sitemaps:
        rel = os.path.relpath(path, root)
        try:
            ET.parse(path)
            check(True, "")
        except ET.ParseError as e:
            check(False, f"{rel}: not well-formed XML: {e}")
    check(len(pdfs) > 0, "the XSS fixture site has no PDFs")
    for path in sorted(pdfs):
        rel = os.path.relpath(path, root)
        plain = subprocess.run(["qpdf", "--qdf", "--object-streams=disable", path, "-"], capture_output=True)
        check(plain.returncode in (0, 3), f"{rel}: qpdf cannot read it: {plain.stderr[-300:]!r}")
        found = PDF_ACTIVE.findall(plain.stdout)
        check(not found, f"{rel}: active content: {sorted(set(found))[:5]}")
    for p in check.problems:
        print(p)
    covered = sum(1 for n in seen.values() if n)
    print(f"{len(pages)} pages and {len(pdfs)} PDFs, {covered}/{len(payloads)} payloads seen as text, "
          f"{sum(seen.values())} placements")
    print(f"{check.passed} passed, {check.failed} failed")
    return 1 if check.failed else 0


if __name__ == "__main__":
    sys.exit(main())
