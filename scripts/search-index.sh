#!/bin/sh
# Builds the Pagefind search index of each language tree of a built site,
# separately (OUTPUT/en/pagefind/, OUTPUT/cy/pagefind/), so that each
# language searches only its own pages.
#
#   scripts/search-index.sh OUTPUT            `make site`: skips with a note when
#                                             Node.js or Pagefind is not available
#   scripts/search-index.sh OUTPUT --require  the tests: fails instead
#
# Pagefind comes from npm (pinned in tests/browser/package-lock.json) and
# bundles its own binary. Without an index the site still works: its search
# page says that search is not available.
set -eu
out=${1:?usage: search-index.sh OUTPUT [--require]}
require=${2:-}
here=$(cd "$(dirname "$0")/.." && pwd)
npm_dir="$here/tests/browser"
pagefind="$npm_dir/node_modules/.bin/pagefind"

unavailable() {
  if [ "$require" = "--require" ]; then
    echo "search-index: $1" >&2
    exit 1
  fi
  echo "Search index not built: $1. The site works without it; its search page says search is not available."
  exit 0
}

if [ ! -x "$pagefind" ]; then
  command -v npm >/dev/null 2>&1 || unavailable "npm is not installed"
  # `npm ci`: installs what the lock file lists, never rewrites it.
  npm ci --prefix "$npm_dir" --no-audit --no-fund --loglevel=error >/dev/null 2>&1 ||
    unavailable "'npm ci' in tests/browser failed"
  [ -x "$pagefind" ] || unavailable "pagefind is missing from tests/browser/node_modules"
fi

for lang_dir in "$out"/*/; do
  lang_dir=${lang_dir%/}
  [ -f "$lang_dir/index.html" ] || continue
  rm -rf "$lang_dir/pagefind"
  "$pagefind" --site "$lang_dir" --output-subdir pagefind --silent ||
    unavailable "pagefind failed on $lang_dir"
  echo "Search index: $lang_dir/pagefind/"
done
