// @ts-check
// The long prose (`http-status-prose.txt`, next to this module) is fetched once, when a view
// needs it, and handed to the full wasm, which reads it.

/** Takes the prose file's text, or why it could not be had: the full wasm's, once it runs. */
/** @type {((textOrError: string | Error) => void) | null} */
let deliverProse = null;

/** @type {Promise<string> | null} */
let proseRequest = null;

/**
 * Fetches the long prose (`http-status-prose.txt`, next to this module) once, for the views that
 * show it, and hands it, or why it could not be had, to the wasm. Resolves with its text.
 * @returns {Promise<string>}
 */
export function fetchProse() {
  if (!proseRequest) {
    proseRequest = fetch(new URL('./http-status-prose.txt', import.meta.url)).then(async (response) => {
      if (!response.ok) throw new Error(`${response.url} answered ${response.status} instead of the prose: publish http-status-prose.txt next to http-status.js`);
      return response.text();
    });
    if (deliverProse) handOverProse(deliverProse);
  }
  return proseRequest;
}

/** Hands the prose, or why it could not be had, to the wasm: once, however often it is asked for. */
function handOverProse(/** @type {(textOrError: string | Error) => void} */ receive) {
  proseRequest?.then(receive, receive);
}

/**
 * The full wasm takes the prose: now if it was fetched already, else when it arrives.
 * @param {(textOrError: string | Error) => void} receive
 */
export function receiveProseWith(receive) {
  deliverProse = receive;
  handOverProse(receive);
}
