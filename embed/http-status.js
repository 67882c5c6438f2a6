// @ts-check
// The embed entry point: <script type="module" src=".../http-status.js"></script>.
// In a browser, a page of badges and cards gets the small wasm next to this file, which defines
// <http-status> and draws them; a page that shows another view from the start gets the full wasm
// alone, which also defines the element and draws badges and cards. The full wasm comes later
// only when a page needs more: an element showing another view connects, a reader clicks Explain
// on a card, or a script awaits `ready`. The response reader is a third wasm, fetched only when a
// response view connects, a response is pasted into the browser, or a script awaits `ready`.
// Imported outside a browser (a static-site build rendering pages in Node), it defines nothing and
// reads the full wasm and the reader's from disk, so every export works there too.
//
// The file names below are the ones the build lists in http-status-files.json (tools/files.mjs
// checks that they agree): bundlers follow only literal `import()` and `new URL()` strings.

/** The compiled wasm at `url`: fetched (and compiled while it downloads) on the web, read from disk in Node. */
function compileWasm(/** @type {URL} */ url) {
  // Node's own module getter, not an import: bundlers building for the browser leave it alone.
  const fs = url.protocol === 'file:' ? globalThis.process?.getBuiltinModule?.('node:fs') : null;
  if (fs) return fs.promises.readFile(url).then((bytes) => WebAssembly.compile(bytes));
  return fetch(url).then(async (response) => {
    const type = response.headers.get('content-type')?.split(';')[0].trim();
    const name = url.pathname.split('/').pop();
    // A missing file often comes back as the site's HTML page (dev servers, single-page hosts).
    if (!response.ok || type === 'text/html') {
      throw new Error(`${response.url} answered ${response.status} ${type ?? ''} instead of the wasm: publish ${name} next to http-status.js (see the README for bundlers)`);
    }
    // Streaming needs the server to label the file application/wasm; otherwise compile the bytes.
    if (type === 'application/wasm') return WebAssembly.compileStreaming(response);
    return WebAssembly.compile(await response.arrayBuffer());
  });
}

/**
 * Starts a wasm and its glue at once, in parallel with each other. A failure surfaces through
 * whoever awaits the result alone: the early compile must not report it a second time.
 * @template T
 * @param {URL} wasmUrl
 * @param {Promise<T & { default: (options: { module_or_path: Promise<WebAssembly.Module> }) => Promise<unknown> }>} glueImport
 * @returns {Promise<T>}
 */
function start(wasmUrl, glueImport) {
  const wasm = compileWasm(wasmUrl);
  wasm.catch(() => {});
  return glueImport.then(async (glue) => {
    await glue.default({ module_or_path: wasm });
    return glue;
  });
}

const inBrowser = typeof document !== 'undefined';
let reported = false;
/**
 * In a browser the page's author hears of a failure once, in the console, whichever wasm failed
 * first (a copy missing one file usually misses the others); elements stay as their fallback text.
 */
function reportOnce(/** @type {Error} */ error) {
  if (!inBrowser || reported) return;
  reported = true;
  console.error(`<http-status> could not start: ${error.message}`);
}

/** The small wasm: in a browser, started when this module is imported on a page of badges and cards. */
function startElement() {
  return start(new URL('./http-status-element_bg.wasm', import.meta.url), import('./http-status-element.js'));
}

/** The full wasm, the views and the JS API: started on demand, once. @type {Promise<typeof import('./http-status-app.js')> | null} */
let app = null;
/** The full wasm once it runs. @type {typeof import('./http-status-app.js') | null} */
let core = null;
function startApp() {
  app ??= start(new URL('./http-status-app_bg.wasm', import.meta.url), import('./http-status-app.js')).then((glue) => {
    core = glue;
    return glue;
  });
  return app;
}

/** The response reader's wasm, for the response view and `explainResponse`: started on demand, once. @type {Promise<typeof import('./http-status-reader.js')> | null} */
let reader = null;
/** The reader's wasm once it runs. @type {typeof import('./http-status-reader.js') | null} */
let readerCore = null;
function startReader() {
  reader ??= start(new URL('./http-status-reader_bg.wasm', import.meta.url), import('./http-status-reader.js')).then((glue) => {
    readerCore = glue;
    return glue;
  });
  return reader;
}

/** The reader for the views, which show their own message if it fails; the console hears of it too. */
function startReaderForViews() {
  const started = startReader();
  started.catch(reportOnce);
  return started;
}

if (inBrowser) {
  // The element module loads in parallel with the glue (which imports it too: it loads only once).
  const elementModule = import('./element.js');
  // A page showing any view but a badge or a card needs the full wasm at once; it defines the
  // element too, so the small one is not fetched. The same rule as element.js's `needsViews`: a
  // known view other than those two, or no code (the browser by default).
  const needsViews = document.querySelector('http-status:not([view="badge" i], [view="card" i]):is([view="explainer" i], [view="browser" i], [view="response" i], [view="guide" i], :not([code]), [code=""])');
  (needsViews ? startApp() : startElement()).catch(reportOnce);
  // A response view reads its response at once: its reader loads alongside the full wasm.
  if (document.querySelector('http-status[view="response" i]')) startReaderForViews();
  elementModule.then((module) => {
    module.whenViewsNeeded(() => startApp().catch(reportOnce));
    module.whenReaderNeeded(startReaderForViews);
    if (document.querySelector('http-status[view="explainer" i]')) module.fetchProse().catch(() => {});
    // The browser (also what an element with neither view nor code shows) searches the prose's words.
    if (document.querySelector('http-status:is([view="browser" i], :not([view]):is(:not([code]), [code=""]))')) module.fetchSearchWords().catch(() => {});
  }, () => {});
}

/**
 * A promise that starts its work only when something awaits it (or calls then, catch or
 * finally): importing this module must not fetch the full wasm for a page of badges and cards.
 * @extends {Promise<void>}
 */
class OnDemand extends Promise {
  /** Derived promises (then, catch, finally) are plain ones. */
  static get [Symbol.species]() {
    return Promise;
  }

  /** @type {(() => void) | null} */
  #begin = null;

  /** @param {() => Promise<unknown>} work */
  static of(work) {
    /** @type {(value: void) => void} */
    let resolve = () => {};
    /** @type {(reason: unknown) => void} */
    let reject = () => {};
    const promise = new OnDemand((onResolve, onReject) => {
      resolve = onResolve;
      reject = onReject;
    });
    promise.#begin = () => work().then(() => resolve(), reject);
    return promise;
  }

  /** @type {Promise<void>['then']} */
  then(onFulfilled, onRejected) {
    const begin = this.#begin;
    this.#begin = null;
    begin?.();
    return super.then(onFulfilled, onRejected);
  }
}

/**
 * Resolves once lookup/search/codes/explainResponse work and, in a browser, <http-status> is
 * defined: the full wasm (it defines the element if nothing had) and the reader's run. Its work
 * starts when something awaits it. Rejects if a wasm cannot be loaded, and says so once in the
 * console in a browser.
 */
export const ready = OnDemand.of(async () => {
  try {
    // Both start at once; the full wasm's failure is the one reported when both fail.
    const views = startApp();
    const reading = startReader();
    reading.catch(() => {});
    await views;
    await reading;
  } catch (error) {
    reportOnce(/** @type {Error} */ (error));
    throw error;
  }
});

const NOT_READY = 'http-status: wait for `ready` before calling lookup, search, codes or explainResponse';

function loadedCore() {
  if (!core) throw new Error(NOT_READY);
  return core;
}

function loadedReader() {
  if (!readerCore) throw new Error(NOT_READY);
  return readerCore;
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
export const explainResponse = (text) => loadedReader().explainResponse(text);
