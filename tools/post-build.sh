#!/usr/bin/env bash
# Trunk's post-build hook (Trunk.toml), in order: the prose file of this build and its words for
# search next to the wasm (see crates/data/src/prose.rs and search_words.rs), the small wasm and the reader's (tools/build-wasm.sh), the element's modules
# bundled into one element.js, the JavaScript minified in release builds (what a page of badges
# downloads is mostly this and the small wasm), the list of files each kind of page needs
# (tools/files.mjs), which checks that every file it lists is there, after the pre-rendering table
# and the shadow roots' stylesheet it links (crates/prerender), and last the lookup app in
# lookup/ (crates/site: its pages, copies of the embed's files, the service worker listing them;
# LOOKUP_BASE_URL is the URL it is published at).
set -euo pipefail
cd "$(dirname "$0")/.."
out="${TRUNK_STAGING_DIR:?run by trunk as a hook}"
cargo run --quiet -p http-status-data --features prose-text --example export_prose > "$out/http-status-prose.txt"
cargo run --quiet -p http-status-data --features prose-text --example export_search_words > "$out/http-status-search-words.txt"
bash tools/build-wasm.sh http-status-element
bash tools/build-wasm.sh http-status-reader-glue
minify=$([ "${TRUNK_PROFILE:-debug}" = release ] && echo --minify || true)
esbuild crates/element/src/element.js --bundle --format=esm $minify --log-level=warning --outfile="$out/element.js"
if [ -n "$minify" ]; then
  for file in http-status.js http-status-element.js http-status-app.js http-status-reader.js; do
    # wasm-bindgen imports element.js once per extern block, under one key: harmless, and not ours.
    esbuild "$out/$file" --minify --format=esm --log-level=warning --log-override:duplicate-object-key=silent --allow-overwrite --outfile="$out/$file"
  done
fi
cargo run --quiet -p http-status-prerender --bin prerender-table -- "$out"
node tools/files.mjs "$out"
cargo run --quiet -p http-status-site --bin lookup-site -- "$out"
