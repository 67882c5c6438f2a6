# The README's commands. Every target installs what is missing first and skips what is there.
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c

export PATH := $(CURDIR)/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export CHROMEDRIVER ?= /usr/bin/chromedriver

TRUNK_VERSION := 0.21.14
# The documentation site the end-to-end suite builds with the README's mdBook recipe.
MDBOOK_VERSION := 0.5.4
# wasm-bindgen-cli must be exactly the wasm-bindgen version in Cargo.lock.
WASM_BINDGEN_VERSION := $(shell sed -n '/^name = "wasm-bindgen"$$/{n;s/^version = "\(.*\)"/\1/p;}' Cargo.lock)
# A test that hangs (a server that never answers, a browser that never replies) fails after ten
# minutes instead of holding CI until its limit.
NODE_TEST := node --test --test-timeout=600000
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)
# The Python tools of the MkDocs and Sphinx sites (pinned in the requirements file), in a venv
# made again only when that file changes, and the Python plugins' wheels built from dist/.
PYTHON_REQUIREMENTS := tests/sites/requirements.txt
PYTHON_VENV := tests/sites/.venv
PYTHON_WHEELS := plugins/python/dist
PYTHON_PACKAGES := http-status-element mkdocs-http-status sphinx-http-status

.PHONY: setup serve test test-lint test-native test-browser test-node test-python test-e2e sites package-apps python-plugins dist package bench contract

setup:
	@rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
	@trunk --version 2>/dev/null | grep -qx 'trunk $(TRUNK_VERSION)' || cargo install trunk --version $(TRUNK_VERSION) --locked
	@wasm-bindgen --version 2>/dev/null | grep -qx 'wasm-bindgen $(WASM_BINDGEN_VERSION)' \
		|| cargo install wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION)
	@[ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ] && [ -x /usr/bin/firefox-esr ] && [ -x /usr/bin/WebKitWebDriver ] && [ -x /usr/bin/Xvfb ] \
		|| { $(SUDO) apt-get update && $(SUDO) DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver firefox-esr webkit2gtk-driver xvfb; }
	@mdbook --version 2>/dev/null | grep -qx 'mdbook v$(MDBOOK_VERSION)' || cargo install mdbook --version $(MDBOOK_VERSION) --locked
	@[ node_modules/.package-lock.json -nt package-lock.json ] || { npm ci --no-audit --no-fund && touch node_modules/.package-lock.json; }
	@for folder in tests/sites/vitepress tests/sites/docusaurus tests/package plugins/js; do \
		[ $$folder/node_modules/.package-lock.json -nt $$folder/package-lock.json ] \
			|| { (cd $$folder && npm ci --no-audit --no-fund) && touch $$folder/node_modules/.package-lock.json; }; \
	done
	@[ -x $(PYTHON_VENV)/bin/python ] && cmp -s $(PYTHON_REQUIREMENTS) $(PYTHON_VENV)/requirements.txt \
		|| { rm -rf $(PYTHON_VENV) && python3 -m venv $(PYTHON_VENV) \
			&& $(PYTHON_VENV)/bin/pip install --quiet --disable-pip-version-check -r $(PYTHON_REQUIREMENTS) \
			&& cp $(PYTHON_REQUIREMENTS) $(PYTHON_VENV)/requirements.txt; }
	@cargo fetch --quiet

serve: setup
	@echo "Serving the demo page at http://127.0.0.1:8080/ and the lookup app at http://127.0.0.1:8080/lookup/"
	trunk serve

# LOOKUP_BASE_URL=https://status.example.com/lookup/ make dist: the URL the lookup app (dist/lookup/)
# is published at, for its canonical, Open Graph and OpenSearch URLs (default: make serve's).
dist: setup
	trunk build --release
	cargo run --quiet -p http-status-data --example export_json > dist/http-status-codes.json
	@echo "dist/ is ready: publish it and load dist/http-status.js"

# An npm package of the embed in package/, and its tarball.
package: dist
	node tools/package.mjs

test: test-lint test-native test-browser test-node test-python test-e2e

# Style and types: rustfmt, clippy (native, and wasm with the views and the element glue, not the
# command line, which is native only) with
# warnings as errors, the crates' arrows (tools/crate-arrows.sh), and the shipped JavaScript
# type-checked against its declarations (tsconfig.json).
test-lint: setup dist
	cargo fmt --all --check
	cargo clippy --quiet --workspace --all-targets -- -D warnings
	cargo clippy --quiet --workspace --exclude http-status-cli --all-targets --target wasm32-unknown-unknown -- -D warnings
	bash tools/crate-arrows.sh
	tsc -p tsconfig.json

test-native: setup
	cargo test --workspace

test-browser: setup
	cargo test -p http-status-views --target wasm32-unknown-unknown --test components

# Writes the manifest, the element's TypeScript declarations and the README's contract tables
# from CONTRACT in crates/element/src/contract.js (test-node fails while they are out of date).
contract:
	node tools/contract.mjs

# The embed imported in Node as static-site builds do, the contract files checked, the Python
# plugins' output and the JS plugins against the Node reference.
test-node: dist package-apps python-plugins
	$(NODE_TEST) tests/node/ plugins/js/tests/

# The Python plugins' wheels, each carrying what it needs from dist/ (no Node or Rust at install
# time), installed from those files into the sites' venv without asking the package index.
python-plugins: dist
	rm -rf $(PYTHON_WHEELS)
	$(PYTHON_VENV)/bin/pip wheel --quiet --disable-pip-version-check --no-deps --no-build-isolation \
		--wheel-dir $(PYTHON_WHEELS) $(addprefix plugins/python/,$(PYTHON_PACKAGES))
	$(PYTHON_VENV)/bin/pip install --quiet --disable-pip-version-check --no-index --no-deps --force-reinstall $(PYTHON_WHEELS)/*.whl

# The Python plugins, installed from their wheels, on their own (the sites show them at work).
test-python: python-plugins
	$(PYTHON_VENV)/bin/python -m unittest discover --start-directory plugins/python/tests

# The documentation sites of tests/sites/, built from dist/ with the README's recipes and plugins.
sites: dist python-plugins
	node tests/sites/build.mjs

# The apps of tests/package/, with the packed tarball installed from its file.
package-apps: package
	node tests/package/build.mjs

# The end-to-end suite once per engine; every engine runs even when one fails, and any failure fails.
ENGINES := chromium firefox webkit
test-e2e: dist sites package-apps
	@failed=""; for engine in $(ENGINES); do \
		echo "== end-to-end suite in $$engine"; \
		ENGINE=$$engine $(NODE_TEST) tests/e2e/*.test.mjs || failed="$$failed $$engine"; \
	done; \
	if [ -n "$$failed" ]; then echo "end-to-end suite failed in:$$failed"; exit 1; fi

# Writes bench/results.{md,json}; `make bench README=1` also updates the README's table.
bench: dist
	node bench/run.mjs $(if $(README),--readme)
