// @ts-check
// The embed entry point: <script type="module" src=".../http-status.js"></script>.
// Loads the wasm next to this file, which defines <http-status>, and re-exports the lookups.
// Imported outside a browser (a static-site build rendering pages in Node), it defines nothing
// and reads the wasm from disk, so lookup, search and codes work there too.

const WASM = new URL('./http-status-wasm_bg.wasm', import.meta.url);

/** The compiled wasm: fetched (and compiled while it downloads) on the web, read from disk in Node. */
function compileWasm() {
  // Node's own module getter, not an import: bundlers building for the browser leave it alone.
  const fs = WASM.protocol === 'file:' ? globalThis.process?.getBuiltinModule?.('node:fs') : null;
  if (fs) return fs.promises.readFile(WASM).then((bytes) => WebAssembly.compile(bytes));
  return fetch(WASM).then(async (response) => {
    const type = response.headers.get('content-type')?.split(';')[0].trim();
    // A missing file often comes back as the site's HTML page (dev servers, single-page hosts).
    if (!response.ok || type === 'text/html') {
      throw new Error(`${response.url} answered ${response.status} ${type ?? ''} instead of the wasm: publish http-status-wasm_bg.wasm next to http-status.js (see the README for bundlers)`);
    }
    // Streaming needs the server to label the file application/wasm; otherwise compile the bytes.
    if (type === 'application/wasm') return WebAssembly.compileStreaming(response);
    return WebAssembly.compile(await response.arrayBuffer());
  });
}

// Start the wasm and the element module at once, in parallel with the glue module (which
// imports the element module too: it loads only once). A failure surfaces through `ready`
// alone: these early promises must not report it a second time.
const wasm = compileWasm();
wasm.catch(() => {});
import('./element.js').then((element) => {
  // A page showing an explainer, the browser or a response needs the long prose at once: fetch it beside the wasm.
  if (globalThis.document?.querySelector('http-status:is([view="explainer" i], [view="browser" i], [view="response" i])')) element.fetchProse().catch(() => {});
}, () => {});

/** The glue, once the wasm runs. @type {typeof import('./http-status-wasm.js') | null} */
let core = null;

/**
 * Resolves once lookup/search/codes work and, in a browser, <http-status> is defined. Rejects
 * if the wasm cannot be loaded; a rejection nobody awaits is not reported as unhandled, so an
 * import alone never brings down a Node build.
 */
export const ready = import('./http-status-wasm.js').then(async (glue) => {
  await glue.default({ module_or_path: wasm });
  core = glue;
});
// In a browser the page's author hears of a failure once, in the console; elements stay as
// their fallback text. Whoever awaits `ready` gets the error too.
ready.catch((error) => {
  if (typeof document !== 'undefined') console.error(`<http-status> could not start: ${error.message}`);
});

function loadedCore() {
  if (!core) throw new Error('http-status: wait for `ready` before calling lookup, search, codes or explainResponse');
  return core;
}

/** The prose file's URL, next to this module. */
const PROSE = new URL('./http-status-prose.txt', import.meta.url);

/** @type {Promise<void> | null} */
let proseLoad = null;

/** @type {typeof import('./http-status').loadProse} */
export const loadProse = () => {
  proseLoad ??= ready.then(async () => {
    const fs = PROSE.protocol === 'file:' ? globalThis.process?.getBuiltinModule?.('node:fs') : null;
    // In a browser, the element's own fetch, so the file is fetched once whoever asks.
    const text = fs ? await fs.promises.readFile(PROSE, 'utf8') : await (await import('./element.js')).fetchProse();
    loadedCore().loadProse(text);
  });
  return proseLoad;
};

// Typed by http-status.d.ts, which `make test` checks these against.
/** @type {typeof import('./http-status').lookup} */
export const lookup = (code) => loadedCore().lookup(code);

/** @type {typeof import('./http-status').search} */
export const search = (query, limit) => loadedCore().search(query, limit);

/** @type {typeof import('./http-status').codes} */
export const codes = () => loadedCore().codes();

/** @type {typeof import('./http-status').explainResponse} */
export const explainResponse = (text) => loadedCore().explainResponse(text);
