// The embed entry point: <script type="module" src=".../http-status.js"></script>.
// Loads the wasm next to this file (the core resolves it from import.meta.url), which
// defines <http-status>, and re-exports the lookup functions.
import init, * as core from './http-status-wasm.js';

let loaded = false;

/** Resolves once <http-status> is defined and lookup/search/codes work. */
export const ready = init().then(() => {
  loaded = true;
});

function loadedCore() {
  if (!loaded) throw new Error('http-status: wait for `ready` before calling lookup, search or codes');
  return core;
}

/** The registered entry for a code (else its first vendor entry), or null. */
export const lookup = (code) => loadedCore().lookup(code);

/** Entries ranked for a free-text query, best first. */
export const search = (query, limit) => loadedCore().search(query, limit);

/** Every entry in code order, the registered entry before vendor entries of the same number. */
export const codes = () => loadedCore().codes();
