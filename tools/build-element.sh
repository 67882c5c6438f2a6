#!/usr/bin/env bash
# Trunk's post-build hook: Trunk builds one wasm (the full one, index.html's rust link), so this
# builds the small one, http-status-element, into Trunk's staging folder the same way: cargo,
# wasm-bindgen for ES modules, and wasm-opt -Oz in release builds.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${TRUNK_STAGING_DIR:?run by trunk as a hook}"
profile="${TRUNK_PROFILE:-debug}"
cargo build --quiet --target wasm32-unknown-unknown -p http-status-element $([ "$profile" = release ] && echo --release)
target_dir=$(cargo metadata --format-version 1 --no-deps | node -e 'process.stdin.on("data", (d) => (this.s = (this.s ?? "") + d)).on("end", () => console.log(JSON.parse(this.s).target_directory))')
wasm-bindgen --target web --typescript --out-dir "$out" --out-name http-status-element "$target_dir/wasm32-unknown-unknown/$profile/http_status_element.wasm"
if [ "$profile" = release ]; then
  wasm-opt -Oz "$out/http-status-element_bg.wasm" -o "$out/http-status-element_bg.wasm"
fi
