// @ts-check
// How <http-status> behaves as a guest in other people's pages: its copy buttons, the keys it keeps
// to itself, and the colour scheme it takes from the page.

/** How long a copy button shows its outcome before its label returns. */
const COPY_OUTCOME_MS = 1600;
const copyOutcomeTimers = new WeakMap();

/**
 * Every view's copy buttons are plain markup, `<button data-copy="text">`: one listener per
 * shadow root copies the text and writes the outcome into the button for a moment.
 * @param {Event} event
 */
export function copyOnClick(event) {
  const button = /** @type {Element} */ (event.target).closest?.('button[data-copy]');
  if (!(button instanceof HTMLElement)) return;
  const outcome = button.querySelector('.copy-done');
  /** @param {string} state @param {string} message */
  const show = (state, message) => {
    button.dataset.copied = state;
    if (outcome) outcome.textContent = message;
    clearTimeout(copyOutcomeTimers.get(button));
    copyOutcomeTimers.set(button, setTimeout(() => {
      delete button.dataset.copied;
      if (outcome) outcome.textContent = '';
    }, COPY_OUTCOME_MS));
  };
  // There is no clipboard outside secure contexts; a refused write rejects.
  const written = navigator.clipboard?.writeText(button.dataset.copy ?? '') ?? Promise.reject(new Error('no clipboard'));
  written.then(() => show('done', 'Copied'), () => show('failed', 'Copy failed'));
}

/**
 * Keys stay inside the widget when it uses them, so the host page's own shortcuts (DocSearch's
 * `/`, mdBook's arrows for the next chapter) do not fire while a reader types or moves around
 * in it: every key typed into a text field (but Tab), every key a view handled (it prevents
 * the default), and Enter and Space on the widget's buttons. Other keys reach the page.
 * @param {KeyboardEvent} event
 */
export function keepKeysInside(event) {
  const origin = event.composedPath()[0];
  const typing = origin instanceof HTMLInputElement || origin instanceof HTMLTextAreaElement;
  const pressing = origin instanceof HTMLButtonElement && (event.key === 'Enter' || event.key === ' ');
  if ((typing && event.key !== 'Tab') || pressing || (event.type === 'keydown' && event.defaultPrevented)) event.stopPropagation();
}

/**
 * `theme="auto"` follows the page. The widget inherits the `color-scheme` the page sets; a page
 * that sets none (`normal`, which would mean light) gets the reader's system setting instead,
 * through the `system-scheme` custom state. Connected elements are checked once per task, and
 * again whenever the page's root or body changes attributes (how docs sites switch theme).
 */
const schemeFollowers = new Set();
/** @type {WeakMap<HTMLElement, ElementInternals>} */
export const internalsOf = new WeakMap();
let schemeCheckQueued = false;
/** @type {MutationObserver | null} */
let pageObserver = null;

function queueSchemeCheck() {
  if (schemeCheckQueued) return;
  schemeCheckQueued = true;
  queueMicrotask(() => {
    schemeCheckQueued = false;
    for (const element of schemeFollowers) followPageScheme(element);
  });
}

/** @param {HTMLElement} element */
function followPageScheme(element) {
  const states = internalsOf.get(element)?.states;
  if (!states) return;
  const parent = element.parentElement ?? /** @type {ShadowRoot} */ (element.getRootNode()).host;
  const pageScheme = parent ? getComputedStyle(parent).colorScheme : 'normal';
  try {
    if (pageScheme === 'normal' || pageScheme === '') states.add('system-scheme');
    else states.delete('system-scheme');
  } catch {
    // Engines that only take `--`-prefixed states keep the page's scheme.
  }
}

function watchPageScheme() {
  if (pageObserver) return;
  pageObserver = new MutationObserver(queueSchemeCheck);
  for (const node of [document.documentElement, document.body]) if (node) pageObserver.observe(node, { attributes: true });
}

/**
 * The element follows the page's colour scheme while connected.
 * @param {HTMLElement} element
 */
export function followScheme(element) {
  schemeFollowers.add(element);
  watchPageScheme();
  queueSchemeCheck();
}

/** @param {HTMLElement} element */
export function stopFollowingScheme(element) {
  schemeFollowers.delete(element);
}
