#!/usr/bin/env bash
# Trunk's post-build hook: Trunk builds one wasm (the full one, index.html's rust link), so this
# builds another, the crate named by its package (http-status-element, the small wasm;
# http-status-reader-glue, the reader's), into Trunk's staging folder the same way: cargo,
# wasm-bindgen for ES modules, and wasm-opt -Oz in release builds. Its files are named after the
# package, less a "-glue" ending (http-status-reader.js and http-status-reader_bg.wasm).
# Usage: bash tools/build-wasm.sh PACKAGE
set -euo pipefail
cd "$(dirname "$0")/.."
package="${1:?the package to build}"
out="${TRUNK_STAGING_DIR:?run by trunk as a hook}"
profile="${TRUNK_PROFILE:-debug}"
name="${package%-glue}"
cargo build --quiet --target wasm32-unknown-unknown -p "$package" $([ "$profile" = release ] && echo --release)
target_dir=$(cargo metadata --format-version 1 --no-deps | node -e 'process.stdin.on("data", (d) => (this.s = (this.s ?? "") + d)).on("end", () => console.log(JSON.parse(this.s).target_directory))')
wasm-bindgen --target web --typescript --out-dir "$out" --out-name "$name" "$target_dir/wasm32-unknown-unknown/$profile/${package//-/_}.wasm"
if [ "$profile" = release ]; then
  wasm-opt -Oz "$out/${name}_bg.wasm" -o "$out/${name}_bg.wasm"
fi
