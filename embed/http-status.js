// The embed entry point: <script type="module" src=".../http-status.js"></script>.
// Loads the wasm next to this file, which defines <http-status>, and re-exports the lookups.

// Start downloading the wasm and the element module at once, in parallel with the glue module
// (which imports the element module too: the browser loads it only once). The wasm compiles
// while it downloads, so it is ready by the time the glue is.
const wasm = fetch(new URL('./http-status-wasm_bg.wasm', import.meta.url)).then(async (response) => {
  if (!response.ok) throw new Error(`http-status: ${response.status} ${response.statusText} fetching ${response.url}`);
  // Streaming needs the server to label the file application/wasm; otherwise compile the bytes.
  if (response.headers.get('content-type')?.split(';')[0].trim() === 'application/wasm') return WebAssembly.compileStreaming(response);
  return WebAssembly.compile(await response.arrayBuffer());
});
// A failure surfaces through `ready`; these early requests must not report it a second time.
wasm.catch(() => {});
import('./element.js').catch(() => {});

let core = null;

/** Resolves once <http-status> is defined and lookup/search/codes work. */
export const ready = import('./http-status-wasm.js').then(async (glue) => {
  await glue.default({ module_or_path: wasm });
  core = glue;
});

function loadedCore() {
  if (!core) throw new Error('http-status: wait for `ready` before calling lookup, search or codes');
  return core;
}

/** The registered entry for a code (else its primary vendor entry), or null. */
export const lookup = (code) => loadedCore().lookup(code);

/** Entries ranked for a free-text query, best first. */
export const search = (query, limit) => loadedCore().search(query, limit);

/** Every entry in code order, the registered entry before vendor entries of the same number. */
export const codes = () => loadedCore().codes();
