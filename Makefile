# The README's two commands: `make site` and `make test`.
# Both install what is missing (Debian packages), configure and build.

BUILD_DIR ?= build
JOBS ?= $(shell nproc)

# Debian 12 packages the build and the tests need.
DEB_PACKAGES = build-essential cmake ninja-build pkg-config \
  libyaml-dev libcmark-gfm-dev libcmark-gfm-extensions-dev libhpdf-dev \
  libcli11-dev doctest-dev libkainjow-mustache-dev libcpp-httplib-dev \
  fonts-dejavu-core fonts-dejavu-extra python3 aspell aspell-cy \
  poppler-utils qpdf python3-yaml python3-jsonschema

.PHONY: site test deps build clean

site: build
	$(BUILD_DIR)/clusterpack build --source . --output output

test: build
	cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS)

build: deps $(BUILD_DIR)/build.ninja
	cmake --build $(BUILD_DIR) -j $(JOBS)

$(BUILD_DIR)/build.ninja:
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo

deps:
	@./scripts/install-deps.sh $(DEB_PACKAGES)

clean:
	rm -rf $(BUILD_DIR)
