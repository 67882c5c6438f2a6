// @ts-check
// The response reader's wasm (http-status-reader.js and http-status-reader_bg.wasm), which the
// full wasm's response view asks for its readings: a response view, or a response pasted into
// the browser. http-status.js says how to load it (once, for the views and its JS API alike); a
// view that asks before then waits.

/** @typedef {{ explainResponseJson(text: string): string }} Reader */

/** @type {(load: () => Promise<Reader>) => void} */
let provideLoad = () => {};
/** How http-status.js loads the reader's wasm, once it has said. */
const loader = /** @type {Promise<() => Promise<Reader>>} */ (new Promise((resolve) => {
  provideLoad = resolve;
}));

/**
 * Called by http-status.js: how to load the reader's wasm (it loads once, however often asked).
 * @param {() => Promise<Reader>} load
 */
export function whenReaderNeeded(load) {
  provideLoad(load);
}

/**
 * Called by the full wasm's views: the reader's JSON for `text` (`{"Ok": …}` or `{"Err": …}`),
 * loading the reader's wasm the first time. Rejects when it cannot be loaded.
 * @param {string} text
 * @returns {Promise<string>}
 */
export function explainResponseJson(text) {
  return loader.then((load) => load()).then((reader) => reader.explainResponseJson(text));
}
