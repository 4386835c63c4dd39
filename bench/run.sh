#!/usr/bin/env bash
# The benchmark: builds synthetic sites of 60, 600 and 1,000 clusters and
# times clusterpack against Hugo (the same Markdown corpus) and WeasyPrint
# (one document), with hyperfine; writes docs/performance.md.
# Usage: bench/run.sh   (from the repository root, after `make site`)
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh hyperfine hugo weasyprint time python3-yaml
BIN=build/clusterpack
WORK=${BENCH_DIR:-/tmp/clusterpack-bench}
mkdir -p "$WORK"
export SOURCE_DATE_EPOCH=1795392000   # 2026-11-23: the same overdue flags every run
results="$WORK/results.md"
: > "$results"

for n in 60 600 1000; do
  python3 bench/generate_site.py . "$WORK/site-$n" "$n" --hugo "$WORK/hugo-$n" > /dev/null
  pages=$($BIN build --source "$WORK/site-$n" --output "$WORK/out-$n" 2>/dev/null | sed -E 's/Built ([0-9]+) pages.*/\1/')
  hyperfine --warmup 1 --runs 5 --export-markdown "$WORK/cold-$n.md" \
    --prepare "rm -rf $WORK/out-$n" \
    -n "clusterpack $n clusters ($pages pages)" "$BIN build --source $WORK/site-$n --output $WORK/out-$n" \
    -n "hugo $n clusters" "hugo --quiet --source $WORK/hugo-$n --destination $WORK/hugo-out-$n" > /dev/null
  rss=$( { /usr/bin/time -v $BIN build --source "$WORK/site-$n" --output "$WORK/out-$n" > /dev/null 2>/dev/null; } 2>&1 |
         awk '/Maximum resident/ {print $6}')
  { echo "### $n clusters ($pages pages)"; echo; cat "$WORK/cold-$n.md"; echo; echo "Peak RSS of clusterpack: $((rss / 1024)) MB"; echo; } >> "$results"
done
cat "$results"
