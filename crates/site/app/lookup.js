// @ts-check
// The lookup app's script, loaded by every page crates/site writes. The pages hold
// `<http-status view="browser" link-hash>`, whose fallback is the page's search box and content;
// this script:
// - opens the page's record (or guide answer) in the element, through the hash it reads, and
//   gives `?q=` to it as its search;
// - hands the plain search box over to the element's once it renders (focus and text);
// - moves through history as codes open (`http-status-select` pushes the record's own URL,
//   back and forward reopen them);
// - copies the open record's link;
// - registers the service worker that keeps the app offline.
import { lookup } from './http-status.js';
import { PATHS } from './paths.js';

const APP_NAME = 'HTTP status lookup';
/** The app's root folder: this script sits in it. */
const ROOT = new URL('./', import.meta.url);
const ID_BY_PATH = new Map(Object.entries(PATHS).map(([id, path]) => [path, id]));
const host = /** @type {HTMLElement} */ (document.querySelector('http-status'));
const fallback = /** @type {HTMLInputElement | null} */ (document.querySelector('.fallback-search input'));
const copyButton = /** @type {HTMLButtonElement} */ (document.querySelector('.copy-link'));

/** The page's path inside the app: `404/`, `guide/request/auth/`, `` for the first page. */
function appPath(url = new URL(location.href)) {
  const path = decodeURIComponent(url.pathname).replace(/index\.html$/, '');
  return path.startsWith(ROOT.pathname) ? path.slice(ROOT.pathname.length) : '';
}

/** The hash that opens what `path` names in the element (`#404`, `#guide/request/auth`), or ''. */
function hashFor(/** @type {string} */ path) {
  if (path.startsWith('guide/')) return `#${path.replace(/\/$/, '')}`;
  const id = ID_BY_PATH.get(path);
  return id ? `#${id}` : '';
}

/** The URL without the hash that only repeats what its path names (`429/#429`); guide links keep theirs. */
function withoutOwnHash(/** @type {URL} */ url) {
  const own = hashFor(appPath(url));
  if (own && url.hash === own && !own.startsWith('#guide')) url.hash = '';
  return url.href;
}

// With `link-hash`, the element writes the open record's id into the hash as it opens it
// (`429/#429`). The path says it already: those writes leave the hash out. The element reads
// the hash, which this script sets, when it mounts and on `hashchange`; the hash set for the
// mount stays until the first code opened (nothing tells when the element has read it).
const replaceState = history.replaceState.bind(history);
history.replaceState = (state, unused, url) => replaceState(state, unused, url == null ? url : withoutOwnHash(new URL(url, location.href)));

/** Opens what `hash` names in the element, as a followed link would, then takes the hash out. */
function openInElement(/** @type {string} */ hash) {
  const oldURL = location.href;
  replaceState(history.state, '', hash);
  dispatchEvent(new HashChangeEvent('hashchange', { oldURL, newURL: location.href }));
  replaceState(history.state, '', withoutOwnHash(new URL(location.href)));
}

const FIRST_TITLE = `${APP_NAME}: every HTTP status code, explained, offline`;
/** The page as loaded: its own title stands while its path is in the address bar. */
const PAGE = { path: appPath(), title: document.title };

/** The title and the copy button for what the URL names. */
function describe() {
  const path = appPath();
  copyButton.hidden = !hashFor(path);
  const id = ID_BY_PATH.get(path);
  if (path === PAGE.path || !id) {
    document.title = path === PAGE.path ? PAGE.title : FIRST_TITLE;
    return;
  }
  try {
    const entry = lookup(id);
    if (!entry) return;
    const title = entry.phrase.toLowerCase() === entry.label.toLowerCase() ? entry.label : `${entry.label} ${entry.phrase}`;
    document.title = `${title} · ${APP_NAME}`;
  } catch {
    // Before the full wasm runs, the title stays.
  }
}

// Open the page's record, before the element reads the hash when it mounts.
if (!location.hash) {
  const hash = hashFor(appPath());
  if (hash) replaceState(history.state, '', hash);
}
const query = new URLSearchParams(location.search).get('q');
if (query) {
  host.setAttribute('query', query);
  if (fallback) fallback.value = query;
}
describe();

/** Once the element has drawn its search box, it takes over from the plain one. */
function handOver() {
  const search = /** @type {HTMLInputElement | null | undefined} */ (host.shadowRoot?.querySelector('[part="search"]'));
  if (!search) {
    requestAnimationFrame(handOver);
    return;
  }
  if (fallback) {
    // Focus the element's box if the plain one had it, or nothing had (a window not yet active).
    const hadFocus = [fallback, document.body, null].includes(/** @type {HTMLElement | null} */ (document.activeElement));
    if (fallback.value !== (query ?? '')) host.setAttribute('query', fallback.value);
    if (hadFocus && !hashFor(appPath())) {
      search.focus();
      const end = search.value.length;
      search.setSelectionRange(end, end);
    }
  }
  describe();
}
handOver();

host.addEventListener('http-status-select', (event) => {
  const { id } = /** @type {CustomEvent<{ id: string }>} */ (event).detail;
  const path = PATHS[id];
  if (!path || appPath() === path) return;
  history.pushState({ id }, '', new URL(path, ROOT));
  describe();
});

addEventListener('popstate', () => {
  const hash = hashFor(appPath());
  if (hash) {
    openInElement(hash);
  } else {
    // Back to the first page: close the open record, as Escape in the browser view does.
    host.shadowRoot?.querySelector('[part="browser"]')?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
  }
  describe();
});

// On the first page, the search lives in `?q=`, so a search can be bookmarked and shared.
host.addEventListener('input', (event) => {
  const field = /** @type {HTMLInputElement} */ (event.composedPath()[0]);
  if (appPath() !== '' || field.getAttribute('part') !== 'search') return;
  const url = new URL(ROOT);
  if (field.value) url.searchParams.set('q', field.value);
  history.replaceState(history.state, '', url);
});

copyButton.addEventListener('click', async () => {
  const link = location.origin + location.pathname;
  try {
    await navigator.clipboard.writeText(link);
    copyButton.textContent = 'Link copied';
  } catch {
    copyButton.textContent = 'Copy failed: use the address bar';
  }
  setTimeout(() => { copyButton.textContent = 'Copy link'; }, 2000);
});

if ('serviceWorker' in navigator) {
  addEventListener('load', () => {
    navigator.serviceWorker.register(new URL('sw.js', ROOT), { scope: ROOT.pathname }).catch((error) => {
      console.warn(`The lookup app will not work offline: ${error.message}`);
    });
  });
}
