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
 * `theme="auto"` follows the page. The widget inherits the `color-scheme` the page declares. A
 * page that declares none (`normal`) can still be dark: Furo switches with `body[data-theme]`,
 * other sites with a class or a media query, and none of them says so in `color-scheme`. There
 * the text around the element tells: light text is set on a dark page, and the `dark-page`
 * custom state makes the widget dark. Connected elements are checked once per task, and again
 * whenever the page's root or body changes attributes (how docs sites switch theme) or the
 * reader's system scheme changes (what a site's `auto` follows).
 */
const schemeFollowers = new Set();
/** @type {WeakMap<HTMLElement, ElementInternals>} */
export const internalsOf = new WeakMap();
let schemeCheckQueued = false;
let watchingPage = false;

/**
 * Above this relative luminance, text is light: secondary text on a light page stays below 0.18
 * (the lightest grey that reads on white), body text on a dark page is above 0.3.
 */
const LIGHT_TEXT_LUMINANCE = 0.25;
/** @type {Map<string, boolean>} */
const lightColours = new Map();
/** @type {OffscreenCanvasRenderingContext2D | null} */
let painter = null;

/**
 * Whether a computed colour is light. Colours compute to `rgb()` unless written in another space
 * (`oklch()`, `color-mix()`); those are painted on a one-pixel canvas to read them in sRGB.
 * @param {string} colour
 */
function isLight(colour) {
  let light = lightColours.get(colour);
  if (light !== undefined) return light;
  let channels = colour.match(/^rgba?\(([\d.]+),? ([\d.]+),? ([\d.]+)/)?.slice(1).map(Number);
  if (!channels && typeof OffscreenCanvas !== 'undefined') {
    painter ??= new OffscreenCanvas(1, 1).getContext('2d', { willReadFrequently: true });
    if (painter) {
      painter.clearRect(0, 0, 1, 1);
      painter.fillStyle = colour;
      painter.fillRect(0, 0, 1, 1);
      channels = [...painter.getImageData(0, 0, 1, 1).data.slice(0, 3)];
    }
  }
  const linear = (/** @type {number} */ value) => (value /= 255) <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  const [red, green, blue] = (channels ?? [0, 0, 0]).map(linear);
  light = 0.2126 * red + 0.7152 * green + 0.0722 * blue > LIGHT_TEXT_LUMINANCE;
  lightColours.set(colour, light);
  return light;
}

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
  const around = parent ? getComputedStyle(parent) : null;
  const undeclared = !around || around.colorScheme === 'normal' || around.colorScheme === '';
  try {
    if (undeclared && around && isLight(around.color)) states.add('dark-page');
    else states.delete('dark-page');
  } catch {
    // Engines that only take `--`-prefixed states keep the page's declared scheme.
  }
}

function watchPageScheme() {
  if (watchingPage) return;
  watchingPage = true;
  const observer = new MutationObserver(queueSchemeCheck);
  for (const node of [document.documentElement, document.body]) if (node) observer.observe(node, { attributes: true });
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', queueSchemeCheck);
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
