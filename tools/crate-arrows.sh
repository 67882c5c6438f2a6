#!/usr/bin/env bash
# The workspace's arrows, proved by cargo tree: each crate's normal dependencies, as the wasm
# build resolves them, contain none of what its lib.rs says it must not depend on.
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
  # The lookup app's pages are written natively, from the data, the guide and the markup.
  "http-status-site|http-status-(search|reader|draw|views|element|app)|$WEB"
  "http-status-views|http-status-(element|app)"
  # The small wasm of badges and cards, and its drawing: no Yew, no views, no search, no guide,
  # no reader.
  "http-status-draw|http-status-(search|guide|reader|views|element|app)|yew|gloo|serde-wasm-bindgen"
  "http-status-element|http-status-(search|guide|reader|views|app)|yew|gloo|serde-wasm-bindgen"
)

failed=0
for rule in "${RULES[@]}"; do
  crate=${rule%%|*}
  forbidden=${rule#*|}
  # The crate's own line is the first; what follows is what it depends on.
  found=$(cargo tree --quiet -p "$crate" -e normal --target wasm32-unknown-unknown --prefix none --no-dedupe \
    | tail -n +2 | awk '{print $1}' | sort -u | grep -E "^($forbidden)" || true)
  if [ -n "$found" ]; then
    echo "$crate depends on what it must not: $(echo $found)"
    failed=1
  fi
done
[ $failed -eq 0 ] && echo "crate arrows: ${#RULES[@]} crates checked, none depends on what it must not"
exit $failed
