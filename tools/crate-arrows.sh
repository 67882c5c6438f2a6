#!/usr/bin/env bash
# The workspace's arrows, proved by cargo tree: each crate's normal dependencies, as the wasm
# build resolves them (the native build for the command line, which is built for nothing else),
# contain none of what its lib.rs (main.rs) says it must not depend on.
set -euo pipefail
cd "$(dirname "$0")/.."

WEB='yew|wasm-bindgen|web-sys|js-sys|gloo'
# crate | what must not appear among its dependencies (an extended regular expression)
RULES=(
  "http-status-rules|http-status-|serde|$WEB"
  "http-status-codegen|http-status-|$WEB"
  "http-status-data|http-status-|$WEB"
  "http-status-search|http-status-(guide|reader|markup|views|element|app)|$WEB"
  "http-status-guide|http-status-(search|reader|markup|views|element|app)|$WEB"
  "http-status-reader|http-status-(guide|markup|views|element|app)|$WEB"
  "http-status-markup|http-status-(search|guide|reader|views|element|app)|$WEB"
  # Pre-rendering: the data and the markup, linked by the small wasm for the stamp.
  "http-status-prerender|http-status-(search|guide|reader|views|draw|element|app)|$WEB"
  "mdbook-http-status|http-status-(search|guide|reader|views|draw|element|app)|$WEB"
  # The lookup app's pages are written natively, from the data, the guide and the markup.
  "http-status-site|http-status-(search|reader|draw|views|element|app)|$WEB"
  "http-status-views|http-status-(element|app)"
  # The small wasm of badges and cards, and its drawing: no Yew, no views, no search, no guide,
  # no reader.
  "http-status-draw|http-status-(search|guide|reader|views|element|app)|yew|gloo|serde-wasm-bindgen"
  "http-status-element|http-status-(search|guide|reader|views|app)|yew|gloo|serde-wasm-bindgen"
  # The reader's wasm: the reader alone, no Yew, no views, no guide, no drawing.
  "http-status-reader-glue|http-status-(guide|markup|draw|views|element|app)|yew|gloo|web-sys|serde-wasm-bindgen"
)
# Built natively only: the views' native part (flag_groups) without Yew, no drawing, no wasm glue.
NATIVE_RULES=(
  "http-status-cli|http-status-(draw|element|app)|$WEB"
)

failed=0
# check TARGET RULE: the crate's own line is the first of cargo tree's; what follows is what it depends on.
check() {
  local target=$1 rule=$2
  local crate=${rule%%|*}
  local forbidden=${rule#*|}
  found=$(cargo tree --quiet -p "$crate" -e normal --target "$target" --prefix none --no-dedupe \
    | tail -n +2 | awk '{print $1}' | sort -u | grep -E "^($forbidden)" || true)
  if [ -n "$found" ]; then
    echo "$crate depends on what it must not: $(echo $found)"
    failed=1
  fi
}
for rule in "${RULES[@]}"; do check wasm32-unknown-unknown "$rule"; done
host=$(rustc -vV | sed -n 's/^host: //p')
for rule in "${NATIVE_RULES[@]}"; do check "$host" "$rule"; done
checked=$(( ${#RULES[@]} + ${#NATIVE_RULES[@]} ))
[ $failed -eq 0 ] && echo "crate arrows: $checked crates checked, none depends on what it must not"
exit $failed
