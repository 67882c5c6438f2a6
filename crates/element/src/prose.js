// @ts-check
// The files next to this module that the full wasm reads when a view needs them: the long prose
// (`http-status-prose.txt`), and its words for search (`http-status-search-words.txt`), which the
// browser view reads instead of the prose until a card's explanation is opened. Each is fetched
// once and handed to the wasm.

/**
 * One such file: fetched once, however often it is asked for, and handed to the wasm once it runs.
 * @param {URL} url the file, next to this module (a literal `new URL`, which bundlers follow)
 * @param {string} what what it holds, for the message when it cannot be had
 */
function fetchedOnce(url, what) {
  const name = url.pathname.slice(url.pathname.lastIndexOf('/') + 1);
  /** Takes the file's text, or why it could not be had: the full wasm's, once it runs. */
  /** @type {((textOrError: string | Error) => void) | null} */
  let deliver = null;
  /** @type {Promise<string> | null} */
  let request = null;
  const handOver = (/** @type {(textOrError: string | Error) => void} */ receive) => request?.then(receive, receive);
  return {
    /** @returns {Promise<string>} the file's text */
    fetch() {
      if (!request) {
        request = fetch(url).then(async (response) => {
          if (!response.ok) throw new Error(`${response.url} answered ${response.status} instead of ${what}: publish ${name} next to http-status.js`);
          return response.text();
        });
        if (deliver) handOver(deliver);
      }
      return request;
    },
    /** The full wasm takes the file: now if it was fetched already, else when it arrives. */
    receiveWith(/** @type {(textOrError: string | Error) => void} */ receive) {
      deliver = receive;
      handOver(receive);
    },
  };
}

const prose = fetchedOnce(new URL('./http-status-prose.txt', import.meta.url), 'the prose');
const searchWords = fetchedOnce(new URL('./http-status-search-words.txt', import.meta.url), 'the search words');

/** Fetches the long prose once, for the views that show it. Resolves with its text. */
export const fetchProse = () => prose.fetch();
/** Fetches the prose's words once, for the browser's search. Resolves with its text. */
export const fetchSearchWords = () => searchWords.fetch();
/** The full wasm takes the prose: now if it was fetched already, else when it arrives. */
export const receiveProseWith = (/** @type {(textOrError: string | Error) => void} */ receive) => prose.receiveWith(receive);
/** The full wasm takes the search words likewise. */
export const receiveSearchWordsWith = (/** @type {(textOrError: string | Error) => void} */ receive) => searchWords.receiveWith(receive);
