#!/usr/bin/env bash
# Trunk's post-build hook (Trunk.toml), in order: the prose file of this build next to the wasm
# (see crates/data/src/prose.rs), the small wasm (tools/build-element.sh), and the list of files
# each kind of page needs (tools/files.mjs), which checks that every file it lists is there.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${TRUNK_STAGING_DIR:?run by trunk as a hook}"
cargo run --quiet -p http-status-data --features prose-text --example export_prose > "$out/http-status-prose.txt"
bash tools/build-element.sh
node tools/files.mjs "$out"
