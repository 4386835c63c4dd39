# The README's two commands: `make site` and `make test`.
# Both install what is missing (Debian packages), configure and build.

BUILD_DIR ?= build
JOBS ?= $(shell nproc)

# Debian 12 packages the build and the tests need.
DEB_PACKAGES = build-essential cmake ninja-build pkg-config \
  libyaml-dev libcmark-gfm-dev libcmark-gfm-extensions-dev libhpdf-dev zlib1g-dev libqpdf-dev libexpat1-dev libdeflate-dev libmimalloc-dev \
  libcli11-dev doctest-dev libkainjow-mustache-dev libcpp-httplib-dev \
  fonts-dejavu-core fonts-dejavu-extra python3 aspell aspell-cy \
  poppler-utils qpdf python3-yaml python3-jsonschema python3-icalendar \
  chromium nodejs

# npm packages of the browser tests and the search index (Pagefind), pinned
# in tests/browser/package-lock.json.
NPM_DIR = tests/browser

# The sanitizer build: clang-14 with ASan + UBSan and libFuzzer coverage,
# which also holds the fuzz targets (tests/fuzz/). Only `make test` and
# `make fuzz` need it and its packages; `make site` does not.
SAN_DIR ?= build-asan
FUZZ_DEB_PACKAGES = clang-14 libclang-rt-14-dev llvm-14
FUZZ_SECONDS ?= 20
SAN_ENV = ASAN_OPTIONS=detect_leaks=1:strict_string_checks=1 ASAN_SYMBOLIZER_PATH=/usr/lib/llvm-14/bin/llvm-symbolizer \
  UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 FUZZ_SECONDS=$(FUZZ_SECONDS)

.PHONY: check site test test-sanitize fuzz fuzz-deps deps npm-deps build clean bench bench-deps

# The site, with its search index (one per language), which the build makes
# with Pagefind from tests/browser/node_modules (installed from the lock).
site: build npm-deps
	$(BUILD_DIR)/clusterpack build --source . --output output

# The fast inner loop, in seconds: the unit tests (golden document trees,
# their HTML and PDF layout, the bad-input corpus), without the few inputs
# generated big on purpose. Tests that start poppler, build whole sites on
# disk or start servers are in tests/integration/ (run by `make test`).
FAST_EXCLUDE = a 50 MB*,10000-deep*,an alias bomb*
check: build
	$(BUILD_DIR)/tests/unit_tests -tce='$(FAST_EXCLUDE)'

# Every test, then every test again under ASan + UBSan (but the browser
# tests, which check the same HTML with chromium), with a bounded run
# (FUZZ_SECONDS each) of every fuzz target.
test: build npm-deps
	cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS)
	$(MAKE) --no-print-directory test-sanitize

test-sanitize: deps fuzz-deps $(SAN_DIR)/build.ninja
	cmake --build $(SAN_DIR) -j $(JOBS)
	cd $(SAN_DIR) && $(SAN_ENV) ctest --output-on-failure -j $(JOBS) -E '^browser_'

# The fuzz targets alone, for as long as you like: make fuzz FUZZ_SECONDS=600
fuzz: deps fuzz-deps $(SAN_DIR)/build.ninja
	cmake --build $(SAN_DIR) -j $(JOBS)
	cd $(SAN_DIR) && $(SAN_ENV) FUZZ_SEED=$${FUZZ_SEED:-0} ctest -L fuzz --output-on-failure -j $(JOBS)

$(SAN_DIR)/build.ninja:
	CC=clang-14 CXX=clang++-14 cmake -S . -B $(SAN_DIR) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
	  -DCLUSTERPACK_SANITIZE=ON -DCLUSTERPACK_FUZZ=ON

# The benchmark (docs/performance.md): clusterpack against Hugo and
# WeasyPrint on synthetic sites of 60, 600 and 1,000 clusters; rewrites the
# measured part of docs/performance.md. Its tools are installed here only,
# not by `make test`. BENCH_SIZES, BENCH_RUNS, BENCH_DIR: see bench/run.sh.
BENCH_DEB_PACKAGES = hyperfine hugo weasyprint time python3-yaml poppler-utils

bench: build bench-deps
	bench/run.sh $(BUILD_DIR)/clusterpack

bench-deps:
	@./scripts/install-deps.sh $(BENCH_DEB_PACKAGES)

build: deps $(BUILD_DIR)/build.ninja
	cmake --build $(BUILD_DIR) -j $(JOBS)

$(BUILD_DIR)/build.ninja:
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo

deps:
	@./scripts/install-deps.sh $(DEB_PACKAGES)

fuzz-deps:
	@./scripts/install-deps.sh $(FUZZ_DEB_PACKAGES)

# Debian's nodejs lacks npm (its own package); a Node.js that bundles npm
# (NodeSource) conflicts with that package, so it is installed only when
# the npm command is missing. `npm ci` installs exactly what the lock file
# lists and never rewrites it, so the README's commands leave `git status`
# clean (tests/check_clean_tree.py checks it).
npm-deps: deps
	@command -v npm >/dev/null 2>&1 || ./scripts/install-deps.sh npm
	@if [ ! -f $(NPM_DIR)/node_modules/.package-lock.json ] || \
	    [ $(NPM_DIR)/package-lock.json -nt $(NPM_DIR)/node_modules/.package-lock.json ]; then \
	  npm ci --prefix $(NPM_DIR) --no-audit --no-fund; fi

clean:
	rm -rf $(BUILD_DIR) $(SAN_DIR)
