#!/usr/bin/python3
"""The PDFs of a built site, read back with poppler and qpdf.

usage: check_pdfs.py CLUSTERPACK SOURCE OUTPUT WORKDIR

- every page that links a PDF names a file that exists, with its real size
  ("PDF, 84 KB"); every cluster page links its pack, every document page
  its PDF, the guide its whole-guide PDF, in both languages;
- pdftotext gives back the Welsh exactly: words with ŵ ŷ â from the Welsh
  guide, and the Welsh document titles;
- pdffonts shows every font embedded; the title and /Lang are set; qpdf
  --check is clean;
- every character drawn maps to a real glyph of its font: each font
  carries a glyph map (and widths) for the characters it shows only
  (pdf_internals.cpp), so a character left out would print as a box;
- `clusterpack pdf` on a copy of a cluster file, outside any site, makes
  the same bytes as the site build did for that document;
- an unknown document id is an error naming the ids the cluster has.
"""
import base64
import html
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

clusterpack, source, output, work = map(Path, sys.argv[1:5])
failures = []


def fail(message):
    failures.append(message)


def run(*args, **kw):
    return subprocess.run([str(a) for a in args], capture_output=True, text=True, **kw)


def size_text(n):
    if n < 1024 * 1024:
        return f"{max(1, (n + 1023) // 1024)} KB"
    tenths = (n * 10 + 512 * 1024) // (1024 * 1024)
    return f"{tenths // 10}.{tenths % 10} MB"


# 1. Links from pages to PDFs, with sizes.
link = re.compile(r'<a[^>]*href="([^"]+\.pdf)"[^>]*>(.*?)</a>\s*(?:<span class="meta">\(([^)]*)\)</span>)?', re.S)
linked = set()
for page in sorted(output.rglob("*.html")):
    text = page.read_text(encoding="utf-8")
    for href, label, meta in link.findall(text):
        target = (page.parent / html.unescape(href)).resolve()
        if not target.is_file():
            fail(f"{page.relative_to(output)}: links a PDF that does not exist: {href}")
            continue
        linked.add(target)
        shown = meta or re.sub(r"<[^>]+>.*", "", label)
        if f"PDF, {size_text(target.stat().st_size)}" not in shown:
            fail(f"{page.relative_to(output)}: {href} is shown as '{shown}', "
                 f"but it is {size_text(target.stat().st_size)}")

pdfs = sorted(output.rglob("*.pdf"))
if len(pdfs) < 50:
    fail(f"only {len(pdfs)} PDFs were made")
for pdf in pdfs:
    if pdf.resolve() not in linked:
        fail(f"no page links {pdf.relative_to(output)}")
for lang in ("en", "cy"):
    if not list((output / lang).rglob(f"guide-{lang}.pdf")):
        fail(f"no guide PDF in {lang}")
    for cluster_yaml in sorted((source / "content/clusters").rglob("*.yaml")):
        if not list((output / lang).rglob(f"{cluster_yaml.stem}-pack-{lang}.pdf")):
            fail(f"no {lang} pack for {cluster_yaml.stem}")

# 2. Welsh text comes back exactly.
guide_cy = next((output / "cy").rglob("guide-cy.pdf"))
guide_text = run("pdftotext", "-enc", "UTF-8", guide_cy, "-").stdout
welsh_words = set()
for md in sorted((source / "content/guide").glob("*.cy.md")):
    welsh_words.update(re.findall(r"\w*[ŵŷâêîôûẁẃỳŴŶ]\w*", md.read_text(encoding="utf-8")))
if len(welsh_words) < 10:
    fail(f"expected many Welsh words with circumflexes in the guide, found {len(welsh_words)}")
missing = sorted(w for w in welsh_words if w not in guide_text)
if missing:
    fail(f"the Welsh guide PDF lacks these words as text: {missing[:10]}")
for title in ("Cylch Gorchwyl", "Cofrestr risg", "Cynnwys", "Tudalen 2 o"):
    if title not in run("pdftotext", "-enc", "UTF-8",
                        next((output / "cy").rglob("*-pack-cy.pdf")), "-").stdout:
        fail(f"the Welsh pack PDF lacks '{title}'")

# 3. Fonts, title, language and structure, on a sample of every kind.
sample = pdfs[::7] + [guide_cy]
for pdf in sample:
    name = pdf.relative_to(output)
    fonts = run("pdffonts", pdf).stdout.splitlines()[2:]
    if not fonts:
        fail(f"{name}: no fonts")
    for line in fonts:
        cols = line.split()
        # name type [type…] encoding emb sub uni object ID
        if cols[-5] != "yes":
            fail(f"{name}: font not embedded: {line}")
    info = run("pdfinfo", pdf).stdout
    title = re.search(r"^Title:\s*(.*)$", info, re.M)
    if not title or not title.group(1).strip():
        fail(f"{name}: no title")
    lang = "cy" if "/cy/" in f"/{name}" else "en-GB"
    if f"/Lang ({lang})".encode() not in pdf.read_bytes():
        fail(f"{name}: the catalog lacks /Lang ({lang})")
    check = run("qpdf", "--check", pdf)
    if check.returncode != 0 or "No syntax or stream encoding errors found" not in check.stdout:
        fail(f"{name}: qpdf --check: {check.stdout[-300:]} {check.stderr[-300:]}")



ESCAPES = {"n": 10, "r": 13, "t": 9, "b": 8, "f": 12, "(": 40, ")": 41, "\\": 92}


def literal_bytes(text):
    """The bytes of a literal string's body (as latin-1 text), its escapes undone."""
    out = bytearray()
    i = 0
    while i < len(text):
        c = text[i]
        if c == "\\" and i + 1 < len(text):
            octal = re.match(r"[0-7]{1,3}", text[i + 1:])
            if octal:
                out.append(int(octal.group(0), 8) & 0xFF)
                i += 1 + len(octal.group(0))
                continue
            out.append(ESCAPES.get(text[i + 1], ord(text[i + 1])))
            i += 2
            continue
        out.append(ord(c))
        i += 1
    return bytes(out)


def unmapped_characters(pdf):
    """Characters drawn with a font whose glyph map gives them no glyph."""
    doc = json.loads(run("qpdf", "--json=2", "--json-stream-data=inline", "--decode-level=generalized",
                         pdf).stdout)
    objects = doc["qpdf"][1]

    def value(ref):
        item = objects.get(f"obj:{ref}") if isinstance(ref, str) and ref.endswith(" R") else None
        return (item.get("value", item.get("stream", {}).get("dict")) if item else ref)

    def data(ref):
        return base64.b64decode(objects[f"obj:{ref}"]["stream"]["data"])

    problems = set()
    glyphs = b""
    for item in objects.values():
        page = item.get("value") if isinstance(item, dict) else None
        if not isinstance(page, dict) or page.get("/Type") != "/Page":
            continue
        fonts = value(value(page["/Resources"]).get("/Font", {})) or {}
        contents = page["/Contents"] if isinstance(page["/Contents"], list) else [page["/Contents"]]
        stream = b"".join(data(c) for c in contents).decode("latin-1")
        current = None
        shown = 0
        for op in re.finditer(r"/(\S+)\s+[\d.]+\s+Tf|\(((?:\\.|[^\\)])*)\)\s*Tj", stream, re.S):
            if op.group(1):
                current = value(value(fonts["/" + op.group(1)])["/DescendantFonts"][0])
                glyphs = data(current["/CIDToGIDMap"])
                continue
            shown += 1
            codes = literal_bytes(op.group(2))
            for i in range(0, len(codes), 2):
                cid = codes[i] << 8 | codes[i + 1]
                gid = glyphs[2 * cid] << 8 | glyphs[2 * cid + 1] if 2 * cid + 1 < len(glyphs) else 0
                if gid == 0:
                    problems.add(chr(cid))
        if not shown:
            fail(f"{pdf.relative_to(output)}: a page shows no text the check can read")
    return problems


for pdf in sample:
    missing = unmapped_characters(pdf)
    if missing:
        fail(f"{pdf.relative_to(output)}: characters drawn without a glyph: {sorted(missing)[:20]}")

# 4. `clusterpack pdf` outside the site makes the site's bytes (ctest gives
# the site build and this check the same SOURCE_DATE_EPOCH).
work.mkdir(parents=True, exist_ok=True)
cluster = source / "content/clusters/hywel-dda/north-ceredigion.yaml"
alone = work / "alone"
shutil.rmtree(alone, ignore_errors=True)
alone.mkdir()
shutil.copy(cluster, alone / cluster.name)
# North Ceredigion has two bodies, so a Terms of Reference for each.
for doc, lang in (("terms-of-reference/stakeholder-board", "cy"), ("risk-register", "en"), ("pack", "cy")):
    leaf = doc.replace("/", "-")
    made = alone / f"{leaf}-{lang}.pdf"
    r = run(clusterpack, "pdf", cluster.name, "--doc", doc, "--lang", lang, "-o", made.name, cwd=alone)
    if r.returncode != 0 or not made.is_file():
        fail(f"clusterpack pdf --doc {doc} --lang {lang} failed ({r.returncode}): {r.stderr[-400:]}")
        continue
    site_pdf = list((output / lang).rglob(f"north-ceredigion-{leaf}-{lang}.pdf"))
    if len(site_pdf) != 1:
        fail(f"expected one site PDF north-ceredigion-{leaf}-{lang}.pdf, found {site_pdf}")
    elif site_pdf[0].read_bytes() != made.read_bytes():
        fail(f"clusterpack pdf --doc {doc} --lang {lang} differs from the site's {site_pdf[0].relative_to(output)}")

r = run(clusterpack, "pdf", cluster.name, "--doc", "no-such-document", "--lang", "en", "-o", "x.pdf", cwd=alone)
if r.returncode != 1 or "has no document 'no-such-document'" not in r.stderr or "terms-of-reference" not in r.stderr:
    fail(f"an unknown document id: exit {r.returncode}, stderr {r.stderr[-300:]}")
if (alone / "x.pdf").exists():
    fail("a failed clusterpack pdf wrote a file")

for f in failures:
    print("FAIL:", f)
print(f"{len(pdfs)} PDFs, {len(linked)} linked, {len(sample)} checked with pdffonts/pdfinfo/qpdf, "
      f"{len(welsh_words)} Welsh words found: {'FAILED' if failures else 'ok'}")
sys.exit(1 if failures else 0)
