#!/usr/bin/env bash
# The benchmark (issues 9 and 19): synthetic sites of 60, 600 and 1,000
# clusters, clusterpack against Hugo (the same Markdown corpus, HTML only)
# and WeasyPrint (the same document as a PDF), the two tools' runs
# alternating (bench/alternate.py); cold, no-op and one-file rebuilds
# (hyperfine); peak RSS (/usr/bin/time -v); check-pdf on every PDF; the
# live preview's save → reload latency. The three targets of issue 19 are
# judged from this one run. Rewrites the part of docs/performance.md between
# the "bench:begin" and "bench:end" markers; the rest is written by hand.
#
# Usage: bench/run.sh [CLUSTERPACK]        (`make bench` builds it and runs this)
# Environment: BENCH_DIR (work folder, default /tmp/clusterpack-bench),
#   BENCH_SIZES (default "60 600 1000"), BENCH_RUNS (timed runs, default 5),
#   BENCH_JOBS (--jobs, default: all cores), BENCH_DOC (default docs/performance.md).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BIN=$(realpath "${1:-build/clusterpack}")
WORK=${BENCH_DIR:-/tmp/clusterpack-bench}
SIZES=${BENCH_SIZES:-60 600 1000}
RUNS=${BENCH_RUNS:-5}
JOBS=${BENCH_JOBS:-$(nproc)}
DOC=${BENCH_DOC:-docs/performance.md}
# Every clusterpack build here runs with --search off: Hugo makes no search
# index, and the PDF figures are per PDF. Each builds into a fresh folder
# (a build refuses a non-empty folder it did not make) or over its own
# previous output.
BUILD="$BIN build --search off --jobs $JOBS"
export SOURCE_DATE_EPOCH=1795392000   # 2026-11-23: the same dates (and overdue flags) every run
for tool in hyperfine hugo weasyprint /usr/bin/time python3; do
  command -v "$tool" > /dev/null || { echo "bench: $tool is missing (make bench installs it)" >&2; exit 2; }
done
mkdir -p "$WORK"
OUT="$WORK/results.md"
: > "$OUT"
say() { printf '%s\n' "$*" >> "$OUT"; }
log() { printf 'bench: %s\n' "$*" >&2; }

# hyperfine's (or alternate.py's) JSON → mean and stddev in seconds, for command number $2.
mean() { python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][int(sys.argv[2])]; print("%.3f" % r["mean"])' "$1" "$2"; }
# The mean CPU time (user + system) of command number $2.
cpu() { python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][int(sys.argv[2])]; print("%.3f" % (r["user"] + r["system"]))' "$1" "$2"; }
sd() { python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][int(sys.argv[2])]; print("%.3f" % (r["stddev"] or 0))' "$1" "$2"; }
ratio() { python3 -c "import sys; print(f'{float(sys.argv[1]) / float(sys.argv[2]):.1f}')" "$1" "$2"; }
# /usr/bin/time -v of a command: "<wall seconds> <peak RSS MB>".
timed() {
  /usr/bin/time -v "$@" > /dev/null 2> "$WORK/time.txt" || { cat "$WORK/time.txt" >&2; exit 1; }
  python3 - "$WORK/time.txt" <<'EOF'
import re, sys
t = open(sys.argv[1]).read()
wall = re.search(r"Elapsed \(wall clock\) time .*: (?:(\d+):)?(\d+):([\d.]+)", t)
h, m, s = wall.groups()
secs = int(h or 0) * 3600 + int(m) * 60 + float(s)
rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", t).group(1))
print(f"{secs:.2f} {rss / 1024:.0f}")
EOF
}
pages_of() { sed -nE 's/^Built ([0-9]+) pages.*/\1/p'; }
pdfs_of() { sed -nE 's/.* ([0-9]+) PDFs.*/\1/p'; }

log "machine"
say "### The machine"
say ""
say "- CPU: $(lscpu | sed -nE 's/^Model name: +//p' | head -1), $(nproc) cores"
say "- Memory: $(free -g | awk '/^Mem:/ {print $2}') GB; $(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r)"
say "- $("$BIN" --version) at $(git rev-parse --short HEAD 2>/dev/null || echo '?'), built RelWithDebInfo; --jobs $JOBS"
say "- $(hugo version | cut -d' ' -f1-2), WeasyPrint $(weasyprint --version | awk '{print $NF}'), $(hyperfine --version)"
say "- Load average when the run started: $(cut -d' ' -f1-3 /proc/loadavg) (a shared machine: other builds ran alongside)"
say ""

declare -A HTML_CP HTML_HUGO PAGES_CP PAGES_HUGO FULL RSS PDFS
for n in $SIZES; do
  log "$n clusters: generating"
  python3 bench/generate_site.py . "$WORK/site-$n" "$n" --hugo "$WORK/hugo-$n" > /dev/null
  # HTML only, both writing to disk, fresh output folder each run.
  rm -rf "$WORK/html-$n"
  PAGES_CP[$n]=$($BUILD --no-pdf --source "$WORK/site-$n" --output "$WORK/html-$n" | pages_of)
  rm -rf "$WORK/hugo-out-$n"
  hugo --quiet --source "$WORK/hugo-$n" --destination "$WORK/hugo-out-$n"
  PAGES_HUGO[$n]=$(find "$WORK/hugo-out-$n" -name '*.html' | wc -l)
  log "$n clusters: HTML, clusterpack vs Hugo, alternating"
  python3 bench/alternate.py --runs "$RUNS" --json "$WORK/html-$n.json" \
    --cmd "clusterpack build --no-pdf" "rm -rf $WORK/html-$n" "$BUILD --no-pdf --source $WORK/site-$n --output $WORK/html-$n" \
    --cmd "hugo" "rm -rf $WORK/hugo-out-$n" "hugo --quiet --source $WORK/hugo-$n --destination $WORK/hugo-out-$n"
  HTML_CP[$n]=$(mean "$WORK/html-$n.json" 0)
  HTML_HUGO[$n]=$(mean "$WORK/html-$n.json" 1)
  # The whole build (pages and PDFs), once, with its peak memory.
  log "$n clusters: full build (pages and PDFs)"
  rm -rf "$WORK/full-$n" "$WORK/.full-$n.cache"   # cold: no PDF cache either
  read -r FULL[$n] RSS[$n] < <(timed $BUILD --source "$WORK/site-$n" --output "$WORK/full-$n")
  PDFS[$n]=$(find "$WORK/full-$n" -name '*.pdf' | wc -l)
done

say "### HTML: pages per second, clusterpack and Hugo (same corpus, both writing to disk)"
say ""
say "Mean of $RUNS runs after a warm-up, the two tools' runs alternating (bench/alternate.py),"
say "a fresh output folder each run; clusterpack with --search off. Hugo builds"
say "the same Markdown (guide, pack index, one page per cluster page and document with the"
say "cluster's text) with a minimal layout; clusterpack renders its full theme."
say ""
say "| clusters | clusterpack pages | clusterpack s | clusterpack pages/s | Hugo pages | Hugo s | Hugo pages/s | ratio |"
say "|---:|---:|---:|---:|---:|---:|---:|---:|"
for n in $SIZES; do
  cps=$(python3 -c "print(f'{${PAGES_CP[$n]} / ${HTML_CP[$n]}:.0f}')")
  hps=$(python3 -c "print(f'{${PAGES_HUGO[$n]} / ${HTML_HUGO[$n]}:.0f}')")
  say "| $n | ${PAGES_CP[$n]} | ${HTML_CP[$n]} ± $(sd "$WORK/html-$n.json" 0) | $cps | ${PAGES_HUGO[$n]} | ${HTML_HUGO[$n]} ± $(sd "$WORK/html-$n.json" 1) | $hps | $(ratio "$cps" "$hps")× |"
done
say ""
say "### The whole build (pages and PDFs): scaling and peak memory"
say ""
say "One cold run each (/usr/bin/time -v), --jobs $JOBS."
say ""
say "| clusters | pages | PDFs | wall s | s per cluster | PDFs/s | peak RSS MB |"
say "|---:|---:|---:|---:|---:|---:|---:|"
for n in $SIZES; do
  say "| $n | ${PAGES_CP[$n]} | ${PDFS[$n]} | ${FULL[$n]} | $(python3 -c "print(f'{${FULL[$n]} / $n:.3f}')") | $(python3 -c "print(f'{${PDFS[$n]} / ${FULL[$n]}:.0f}')") | ${RSS[$n]} |"
done
say ""

# Rebuilds on the smallest size: cold (no output, no PDF cache), again with
# nothing changed, after one cluster's YAML changed, and with nothing
# changed but --no-cache.
n=$(echo "$SIZES" | awk '{print $1}')
log "$n clusters: cold, no-op and one-file rebuilds"
# sed -n 1p, not head -1: head leaves early, and under pipefail the
# writer's SIGPIPE would end the script.
cluster=$(find "$WORK/site-$n/content/clusters" -name '*.yaml' | sort | sed -n 1p)
cp "$cluster" "$WORK/cluster.orig"
rm -rf "$WORK/re-$n" "$WORK/.re-$n.cache"
$BUILD --source "$WORK/site-$n" --output "$WORK/re-$n" > /dev/null
hyperfine --style none --runs "$RUNS" --export-json "$WORK/rebuild-$n.json" \
  -n "cold" --prepare "rm -rf $WORK/re-$n $WORK/.re-$n.cache" "$BUILD --source $WORK/site-$n --output $WORK/re-$n" \
  -n "no-op" --prepare "true" "$BUILD --source $WORK/site-$n --output $WORK/re-$n" \
  -n "one file" --prepare "perl -pi -e 's/^name: \\{en: /name: {en: E/' $cluster" \
  "$BUILD --source $WORK/site-$n --output $WORK/re-$n" \
  -n "no-op, --no-cache" --prepare "true" "$BUILD --no-cache --source $WORK/site-$n --output $WORK/re-$n" \
  > /dev/null
cp "$WORK/cluster.orig" "$cluster"
say "### Rebuilds ($n clusters, pages and PDFs)"
say ""
say "The PDF cache is \`.<output>.cache\` beside the output (\`--no-cache\` turns it off); the"
say "one-file edit changes one cluster's name, so that cluster's pages and PDFs change."
say ""
say "| build | mean s | ± | of a cold build |"
say "|---|---:|---:|---:|"
cold=$(mean "$WORK/rebuild-$n.json" 0)
for i in 0 1 2 3; do
  name=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"][int(sys.argv[2])]["command"])' "$WORK/rebuild-$n.json" $i)
  m=$(mean "$WORK/rebuild-$n.json" $i)
  say "| $name | $m | $(sd "$WORK/rebuild-$n.json" $i) | $(python3 -c "print(f'{100 * $m / $cold:.0f} %')") |"
done
say ""

# One document as a PDF: clusterpack's own command against WeasyPrint on
# the HTML page of the same document (the theme's stylesheet).
log "PDF: clusterpack vs WeasyPrint"
doc_html=$(find "$WORK/full-$n/en/health-boards" -path '*terms-of-reference/index.html' | sort | sed -n 1p)
doc_cluster=$(basename "$(dirname "$(dirname "$doc_html")")")
doc_yaml=$(find "$WORK/site-$n/content/clusters" -name "$doc_cluster.yaml" | sort | sed -n 1p)
python3 bench/alternate.py --runs "$RUNS" --json "$WORK/pdf.json" \
  --cmd "clusterpack pdf" true "$BIN pdf $doc_yaml --source $WORK/site-$n --doc terms-of-reference --lang en -o $WORK/tor-cp.pdf" \
  --cmd "weasyprint" true "weasyprint $doc_html $WORK/tor-weasy.pdf"
cp_pdf=$(mean "$WORK/pdf.json" 0)
wp_pdf=$(mean "$WORK/pdf.json" 1)
say "### PDF: one document, clusterpack and WeasyPrint"
say ""
say "The terms of reference of \`$doc_cluster\` in English: \`clusterpack pdf\` (a whole process:"
say "load the site's templates and theme, the cluster, lay out, write) against WeasyPrint on"
say "the HTML page of the same document with the theme's stylesheet. Mean of $RUNS alternating runs."
say ""
say "| tool | mean s | ± | pages in the PDF |"
say "|---|---:|---:|---:|"
say "| clusterpack pdf | $cp_pdf | $(sd "$WORK/pdf.json" 0) | $(pdfinfo "$WORK/tor-cp.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}') |"
say "| WeasyPrint | $wp_pdf | $(sd "$WORK/pdf.json" 1) | $(pdfinfo "$WORK/tor-weasy.pdf" 2>/dev/null | awk '/^Pages:/ {print $2}') |"
say ""
# Once running: WeasyPrint's time per document in one process (imports and
# start left out), against clusterpack's per PDF inside a build, per core.
# CPU time (user + system) on both sides: on this shared machine a wall
# time also counts whatever else ran, and more on one side than the other.
read -r wp_wall wp_cpu < <(/usr/bin/python3 bench/weasyprint_per_document.py "$doc_html" "$WORK/tor-weasy.pdf" "$RUNS")
# clusterpack's side: cold builds (PDF cache included), each into a folder
# of its own, none removed until all have run. The rebuild table's cold
# runs start just after `rm -rf` of the previous output, and on an ext4
# without a journal (this machine's /) every new inode is first checked
# against the inodes deleted in the last 60 s (fs/ext4/ialloc.c,
# find_inode_bit → recently_deleted; longer while their inode table is not
# yet written back): after thousands of deletions, a quarter of a build's
# CPU went there (`perf record -g`). That is a cost of the harness, which
# WeasyPrint, writing one file over and over, does not pay; so first wait
# out the deletions above (the dirty data's expiry, then a minute).
log "$n clusters: cold builds into fresh folders (CPU per PDF)"
remove_fresh() { rm -rf "$WORK/fresh-$n-"* "$WORK/.fresh-$n-"*.cache; }
remove_fresh
sync
sleep $(( $(cat /proc/sys/vm/dirty_expire_centisecs 2>/dev/null || echo 3000) / 100 + 65 ))
python3 bench/alternate.py --runs "$RUNS" --json "$WORK/fresh-$n.json" \
  --cmd "cold, fresh folder" true "$BUILD --source $WORK/site-$n --output $WORK/fresh-$n-{run}"
remove_fresh
cold_cpu=$(cpu "$WORK/fresh-$n.json" 0)
read -r cold_cpu_sd fresh_cpu < <(python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][0]; print("%.3f" % r["cpu_stddev"], " ".join("%.3f" % t for t in r["cpu_times"]))' "$WORK/fresh-$n.json")
cp_cpu=$(python3 -c "print(f'{$cold_cpu / ${PDFS[$n]}:.4f}')")
after_rm_cpu=$(cpu "$WORK/rebuild-$n.json" 0)
after_rm_per_pdf=$(python3 -c "print(f'{$after_rm_cpu / ${PDFS[$n]}:.4f}')")
cp_wall=$(python3 -c "print(f'{${FULL[$n]} * $JOBS / ${PDFS[$n]}:.4f}')")
process_ratio=$(ratio "$wp_pdf" "$cp_pdf")
say "clusterpack is ${process_ratio}× faster per document this way, process start included."
say ""
pdf_ratio=$(ratio "$wp_cpu" "$cp_cpu")
say "Once running, per document and per core, in CPU time (user + system): WeasyPrint takes"
say "$wp_cpu s for the same document in one Python process (bench/weasyprint_per_document.py,"
say "mean of $RUNS after a warm-up). clusterpack's cold builds of the $n-cluster site, each into"
say "a fresh folder (mean of $RUNS after a warm-up: $fresh_cpu s), took $cold_cpu ± $cold_cpu_sd s of CPU for"
say "${PDFS[$n]} PDFs and the pages: $cp_cpu s per PDF, pages included (**${pdf_ratio}×** WeasyPrint)."
say "The rebuild table's cold runs, each just after \`rm -rf\` of the previous output, took"
say "$after_rm_cpu s: $after_rm_per_pdf s per PDF ($(ratio "$wp_cpu" "$after_rm_per_pdf")×); the difference is the file system's"
say "(see \"The cold build after a deletion\" below the results)."
say ""
say "By wall time instead: WeasyPrint $wp_wall s per document; clusterpack's one timed full build"
say "(${FULL[$n]} s on $JOBS threads) gives $cp_wall s of a core per PDF ($(ratio "$wp_wall" "$cp_wall")×)."
say ""

# PDF/UA-1: `clusterpack check-pdf` on every PDF of the default site and of
# the smallest generated site (the larger ones are the same documents again).
log "PDF/UA: check-pdf"
rm -rf "$WORK/default-site"
$BUILD --source . --output "$WORK/default-site" > /dev/null
ua_line() {  # folder → "checked passed", from check-pdf's summaries ("check-pdf: N files, P passed, …")
  local total
  total=$(find "$1" -name '*.pdf' | wc -l)
  find "$1" -name '*.pdf' -exec "$BIN" check-pdf {} + 2>&1 >/dev/null |
    sed -nE 's/^check-pdf: [0-9]+ files?, ([0-9]+) passed.*/\1/p' | awk -v t="$total" '{p += $1} END {print t, p + 0}'
}
read -r ua_default_total ua_default_pass < <(ua_line "$WORK/default-site")
read -r ua_n_total ua_n_pass < <(ua_line "$WORK/full-$n")
say "### PDF/UA-1: \`clusterpack check-pdf\`"
say ""
say "| site | PDFs | pass every rule |"
say "|---|---:|---:|"
say "| default site (14 clusters) | $ua_default_total | $ua_default_pass |"
say "| $n generated clusters | $ua_n_total | $ua_n_pass |"
say ""

# The three targets of issue 19, from this run.
big=$(echo "$SIZES" | awk '{print $NF}')
html_ratio=$(python3 -c "print(f'{(${PAGES_CP[$big]} / ${HTML_CP[$big]}) / (${PAGES_HUGO[$big]} / ${HTML_HUGO[$big]}):.2f}')")
verdict() { python3 -c "import sys; print('met' if float(sys.argv[1]) >= float(sys.argv[2]) else 'not met')" "$1" "$2"; }
say "### Against the targets (this run)"
say ""
say "| target | measured | |"
say "|---|---|---|"
ua_all=$([ "$ua_default_pass" = "$ua_default_total" ] && [ "$ua_n_pass" = "$ua_n_total" ] && echo met || echo "not met")
say "| every PDF passes check-pdf | $ua_default_pass of $ua_default_total (default site), $ua_n_pass of $ua_n_total ($n clusters) | $ua_all |"
say "| PDF ≥ 100× WeasyPrint per document, once running, per core | ${pdf_ratio}× | $(verdict "$pdf_ratio" 100) |"
say "| HTML ≥ 2× Hugo, pages per second at $big clusters | ${html_ratio}× | $(verdict "$html_ratio" 2) |"
say "| PDF, process against process (\`clusterpack pdf\` against \`weasyprint\`, one document) | ${process_ratio}× | reported; no target |"
say ""

# The live preview: save → reload event.
log "serve latency"
say "### Live preview: save → reload event (\`clusterpack serve\`)"
say ""
say "From just before the file is written to the arrival of the server-sent event that"
say "names the changed page (bench/serve_latency.py), milliseconds."
say ""
say "| site | edit | edits | p50 | p95 | min | max |"
say "|---|---|---:|---:|---:|---:|---:|"
python3 bench/serve_latency.py "$BIN" . themes/default "default site (14 clusters)" >> "$OUT"
python3 bench/serve_latency.py "$BIN" "$WORK/site-$big" themes/default "$big clusters" --reps 10 --layout-reps 3 >> "$OUT"
say ""
say "Reproduce: \`make bench-deps build\`, then \`BENCH_SIZES=\"$SIZES\" BENCH_RUNS=$RUNS BENCH_JOBS=$JOBS bench/run.sh build/clusterpack\`"
say "(\`make bench\` runs it with the defaults: 60, 600 and 1,000 clusters); raw JSON in \`$WORK\`."

# Into the document, between the markers.
python3 - "$DOC" "$OUT" <<'EOF'
import sys
doc, results = sys.argv[1], open(sys.argv[2]).read()
text = open(doc).read()
begin, end = "<!-- bench:begin -->", "<!-- bench:end -->"
a, b = text.index(begin) + len(begin), text.index(end)
open(doc, "w").write(text[:a] + "\n" + results + text[b:])
EOF
log "results written to $DOC"
cat "$OUT"
