// @ts-check
// The <http-status> custom element: DOM lifecycle only. Drawing lives in two wasm files. The small
// one (http-status-element) calls `defineElement` with the stylesheet and what draws badges and
// cards; the full one (http-status-app) calls `provideViews` with what mounts every other view,
// and is loaded only when a host needs it (`whenViewsNeeded`). This file decides which draws a
// host, and owns attributes, properties, the shadow root, batching, the colour scheme, keys and
// copying.
//
// CONTRACT below is the one declaration of the element's public interface. The class reads its
// attributes and defaults from it, and `tools/contract.mjs` writes the manifest, the TypeScript
// declarations and the README tables from it (`make contract`; `make test` checks they agree).

/**
 * @typedef {{ name: string, property: string, type: 'string' | 'boolean', values?: { value: string, description: string }[],
 *   default: string | boolean, defaultText: string, description: string }} AttributeContract
 */

export const CONTRACT = {
  tag: 'http-status',
  className: 'HttpStatusElement',
  summary: 'An embeddable HTTP status code reference: badge, card, explainer, searchable browser, a pasted response explained, or a guide to the code to return.',
  description: 'Light-DOM content is the fallback shown before the module loads and without JS; it is not shown once the element renders.',
  /** @type {AttributeContract[]} */
  attributes: [
    {
      name: 'code', property: 'code', type: 'string', default: '', defaultText: '`""`',
      description: 'A status code, e.g. `"404"`. Surrounding whitespace is fine. A number several vendors use shows the most common meaning (`499` is nginx\'s); an entry id picks another (`"499-esri"`). Anything that is not a code from 100 to 599 shows a friendly message; an unassigned code (say `299`) explains its class.',
    },
    {
      name: 'view', property: 'view', type: 'string', default: '', defaultText: '`card` with a `code`, `browser` without',
      description: 'Which view to render. The property reads `""` (the default) for an absent or unknown value.',
      values: [
        { value: 'badge', description: 'An inline pill such as "404 Not Found", coloured by class, for running text; hover or focus shows the summary.' },
        { value: 'card', description: 'One code as a card, with **Explain** to expand the full explainer in place.' },
        { value: 'explainer', description: 'Everything about one code: summary, meaning, when to send it, what to do, common causes, example response, related headers and codes (click to switch), the comparison table of its family, spec link, cacheability, registry state and other vendors\' meanings of the number.' },
        { value: 'browser', description: 'Search box (filters as you type), class filters 1xx–5xx, IANA/vendor filter, a grid of cards (the best 12, then **Show all**) and an explainer panel. Arrows move between cards, `Enter` opens, `Esc` closes and returns focus; with `shortcut`, `/` focuses the search. The result count is announced to screen readers. Pasting a response into the search box explains it in place of the results, with **Back to search**; **Which code should I return?** opens the guide there.' },
        { value: 'response', description: 'A response explained: the text of `response` (or the element\'s own text) in an editable box, then each response of the chain (redirects, `100 Continue`, a proxy tunnel) as a step: its status and a link to its explainer, what each header field that matters says (Retry-After as a time, challenges, Location and the next method, rate limits, caching, CORS, the CDN or proxy that answered…), the vendor error or sub-status its body names (Envoy\'s UH, Cloudflare\'s 1020, IIS\'s 500.19) and what is worth fixing, with why and how. Reads `curl -i`, `-I`, `-iL`, `-v`, HTTPie, wget, DevTools copies and raw HTTP/1.0 to 3; credentials and tokens are masked; nothing leaves the page.' },
        { value: 'guide', description: '"Which status code should I return?": plain questions one at a time, class first, then narrowing (who is asking, does the resource exist, is the method allowed…), ending at the code with why it and not its neighbours, the headers to send, an example response, common mistakes and its explainer. **Back**, **Start over** and a breadcrumb of the answers given (each reopens its question); focus moves to each new question. With `link-hash`, the answers live in the URL: `#guide/request/auth/unknown`.' },
      ],
    },
    {
      name: 'query', property: 'query', type: 'string', default: '', defaultText: '`""`',
      description: 'The initial search in the browser view.',
    },
    {
      name: 'response', property: 'response', type: 'string', default: '', defaultText: 'the element\'s text',
      description: 'The response view\'s text to explain. Without it, the element\'s own text is explained (which also shows, unstyled, before the module loads); wrap it in `<pre>` to keep its lines there.',
    },
    {
      name: 'theme', property: 'theme', type: 'string', default: 'auto', defaultText: '`auto`',
      description: 'Colour scheme. The property reads `"auto"` for an absent or unknown value.',
      values: [
        { value: 'auto', description: 'Follows the page: the CSS `color-scheme` it sets (on its root or any ancestor), and the reader\'s system setting where the page sets none.' },
        { value: 'light', description: 'Always light.' },
        { value: 'dark', description: 'Always dark.' },
      ],
    },
    {
      name: 'link-hash', property: 'linkHash', type: 'boolean', default: false, defaultText: 'absent',
      description: 'Browser view: the open code lives in the URL hash, so `page.html#429` opens 429 (vendor entries: `#499-nginx`). Guide (and browser) view: the answers given live there too, `#guide/…`, so a walk can be shared.',
    },
    {
      name: 'shortcut', property: 'shortcut', type: 'boolean', default: false, defaultText: 'absent',
      description: 'Browser view: `/` anywhere on the page focuses its search box (when one browser view on the page asks for it). Off by default: documentation sites use `/` for their own search.',
    },
  ],
  events: [
    {
      name: 'http-status-select', detail: '{ code: number, id: string }',
      description: 'The reader opens an entry: selects a card in the browser, expands a card, follows a related code. It bubbles and is composed, so it crosses the shadow boundary: listen on the element or on `document`.',
    },
  ],
  parts: [
    { name: 'browser', description: 'The browser view\'s outer box' },
    { name: 'search', description: 'The browser\'s search box' },
    { name: 'filter', description: 'Each class and registry filter button' },
    { name: 'card', description: 'A card: the card view, and each result in the browser' },
    { name: 'explainer', description: 'The explainer view\'s outer box' },
    { name: 'response', description: 'The response view (also inside the browser after a paste)' },
    { name: 'response-text', description: 'The response view\'s text box' },
    { name: 'guide', description: 'The guide view (also inside the browser)' },
    { name: 'badge', description: 'The inline pill (also the inline message for a bad code in badge view)' },
    { name: 'popover', description: 'The badge\'s summary popover' },
    { name: 'copy-button', description: 'Every copy button' },
    { name: 'spec-link', description: 'The link to the defining specification' },
    { name: 'problem', description: 'The message shown for a code that cannot be shown' },
  ],
  /** Set on the element or any ancestor; defaults as light / dark. */
  cssProperties: [
    { name: '--http-status-accent', description: 'Links, toggles', default: '`#1f5fbf` / `#8ab4ff`' },
    { name: '--http-status-1xx', description: 'Informational codes: their colour for codes, stripes and tints', default: 'grey' },
    { name: '--http-status-2xx', description: 'Success codes, likewise', default: 'green' },
    { name: '--http-status-3xx', description: 'Redirects, likewise', default: 'blue' },
    { name: '--http-status-4xx', description: 'Client errors, likewise', default: 'amber' },
    { name: '--http-status-5xx', description: 'Server errors, likewise', default: 'red' },
    { name: '--http-status-font', description: 'Text font', default: 'system UI stack' },
    { name: '--http-status-mono-font', description: 'Codes and examples', default: '`ui-monospace` stack' },
    { name: '--http-status-radius', description: 'Corner radius', default: '`10px`' },
    { name: '--http-status-surface', description: 'Card and panel background', default: '`#ffffff` / `#15181e`' },
    { name: '--http-status-surface-raised', description: 'Browser and code block background', default: '`#f5f6f8` / `#1d2129`' },
    { name: '--http-status-text', description: 'Text', default: '`#1b1f24` / `#e8eaed`' },
    { name: '--http-status-muted', description: 'Secondary text', default: '`#545d68` / `#a3acb8`' },
    { name: '--http-status-border', description: 'Borders', default: '`#d6dbe1` / `#343a45`' },
    { name: '--http-status-focus', description: 'Focus ring', default: '`#1f5fbf` / `#8ab4ff`' },
  ],
};

/** How long a copy button shows its outcome before its label returns. */
const COPY_OUTCOME_MS = 1600;
const copyOutcomeTimers = new WeakMap();

/**
 * Every view's copy buttons are plain markup, `<button data-copy="text">`: one listener per
 * shadow root copies the text and writes the outcome into the button for a moment.
 * @param {Event} event
 */
function copyOnClick(event) {
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
function keepKeysInside(event) {
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
const internalsOf = new WeakMap();
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

// Outside a browser (Node, a worker) there is no HTMLElement to extend; nothing is defined there.
const Base = /** @type {typeof HTMLElement} */ (globalThis.HTMLElement ?? class {});

/** @typedef {{ root(): HTMLElement | undefined, update(): void, release(): void }} Rendering */
/** @typedef {(host: HTMLElement) => Rendering} Renderer */

/** The stylesheet and what draws badges and cards, handed over by the small wasm when it defines the element. */
let sheet = /** @type {CSSStyleSheet | null} */ (null);
/** @type {Renderer | null} */
let draw = null;
/** What mounts the other views and the prose's receiver, handed over by the full wasm. */
/** @type {Renderer | null} */
let mountView = null;
/** @type {((textOrError: string | Error) => void) | null} */
let deliverProse = null;
/** Starts loading the full wasm (set by http-status.js); whether a host asked before it was set. */
/** @type {(() => void) | null} */
let loadViews = null;
let viewsWanted = false;
/** Connected hosts waiting for the full wasm. */
const waitingForViews = new Set();
/** The method that (re)renders a host, called for the waiting ones when the views arrive. */
const RENDER = Symbol('render');

/** Views the small wasm draws; an absent or unknown view is a card with a code, the browser without. */
const DRAWN_VIEWS = ['badge', 'card'];
const VIEWS = CONTRACT.attributes.find((attribute) => attribute.name === 'view')?.values?.map((value) => value.value) ?? [];

/**
 * Whether a host needs the full wasm's views rather than a badge or card drawn by the small one.
 * @param {HTMLElement} host
 */
function needsViews(host) {
  const view = (host.getAttribute('view') ?? '').trim().toLowerCase();
  if (DRAWN_VIEWS.includes(view)) return false;
  if (VIEWS.includes(view)) return true;
  return !(host.getAttribute('code') ?? '').trim();
}

/** Asks http-status.js for the full wasm (it loads once, however often it is asked). */
function wantViews() {
  viewsWanted = true;
  loadViews?.();
}

/**
 * Called by http-status.js: how to start loading the full wasm. A host that asked before this
 * was set starts it now.
 * @param {() => void} load
 */
export function whenViewsNeeded(load) {
  loadViews = load;
  if (viewsWanted) load();
}

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

export class HttpStatusElement extends Base {
  static observedAttributes = CONTRACT.attributes.map((attribute) => attribute.name);

  /** Marks the class as ours, so a second copy of the bundle knows the tag is taken by itself. */
  static httpStatus = true;

  /** @type {Rendering | null} */
  #app = null;
  /** @type {Renderer | null} */
  #drawnBy = null;
  /** A reader asked for this card's explanation: the full wasm's card takes over. */
  #explaining = false;
  #updateQueued = false;

  constructor() {
    super();
    try {
      internalsOf.set(this, this.attachInternals());
    } catch {
      // No ElementInternals: the widget keeps the page's colour scheme.
    }
  }

  connectedCallback() {
    // Properties set on the element before this class was defined shadow the accessors.
    for (const { property } of CONTRACT.attributes) {
      if (Object.hasOwn(this, property)) {
        const value = /** @type {any} */ (this)[property];
        delete (/** @type {any} */ (this))[property];
        /** @type {any} */ (this)[property] = value;
      }
    }
    schemeFollowers.add(this);
    watchPageScheme();
    queueSchemeCheck();
    this[RENDER]();
  }

  /** The shadow root, attached when the host first has something to show in it. */
  #shadow() {
    let shadow = this.shadowRoot;
    if (!shadow) {
      shadow = this.attachShadow({ mode: 'open' });
      shadow.addEventListener('click', copyOnClick);
      shadow.addEventListener('click', (event) => this.#explainOnClick(event));
      for (const type of ['pointerover', 'focusin']) shadow.addEventListener(type, (event) => this.#prepareExplain(event));
      for (const type of ['keydown', 'keypress', 'keyup']) shadow.addEventListener(type, /** @type {EventListener} */ (keepKeysInside));
      if (sheet) shadow.adoptedStyleSheets = [sheet];
    }
    return shadow;
  }

  /**
   * Whether the host waits for the full wasm with nothing to show yet: its fallback text stays,
   * and `http-status.css` keeps the box it reserves through the `loading` custom state.
   * @param {boolean} loading
   */
  #setLoading(loading) {
    try {
      if (loading) internalsOf.get(this)?.states.add('loading');
      else internalsOf.get(this)?.states.delete('loading');
    } catch {
      // Engines without custom states show the fallback text at its own height meanwhile.
    }
  }

  disconnectedCallback() {
    schemeFollowers.delete(this);
    waitingForViews.delete(this);
    this.#release();
  }

  /** Renders the host with what it needs now, unless that is what renders it already. */
  [RENDER]() {
    const wanted = needsViews(this) || this.#explaining ? mountView : draw;
    if (wanted && wanted === this.#drawnBy) {
      this.#app?.update();
      return;
    }
    if (!wanted) {
      // The small wasm defines the element, so only the full one can be missing: ask for it,
      // and keep whatever shows meanwhile (the fallback text, or the card being explained).
      waitingForViews.add(this);
      if (!this.#app) this.#setLoading(true);
      wantViews();
      return;
    }
    waitingForViews.delete(this);
    const focused = this.shadowRoot?.activeElement;
    this.#release();
    this.#app = wanted(this);
    this.#drawnBy = wanted;
    const root = this.#app.root();
    if (root) this.#shadow().append(root);
    this.#setLoading(false);
    if (this.#explaining && wanted === mountView) this.#openExplanation(root, Boolean(focused));
  }

  #release() {
    if (!this.#app) return;
    this.#app.root()?.remove();
    this.#app.release();
    this.#app = null;
    this.#drawnBy = null;
  }

  /**
   * **Explain** on a card the small wasm drew: the full wasm's card, which renders the same
   * markup, takes the host over and opens the explanation.
   * @param {Event} event
   */
  #explainOnClick(event) {
    if (this.#drawnBy !== draw || this.#explaining) return;
    const button = /** @type {Element} */ (event.target).closest?.('button.toggle');
    if (!button) return;
    this.#explaining = true;
    button.setAttribute('aria-busy', 'true');
    this[RENDER]();
  }

  /**
   * A reader points at or focuses **Explain** on a drawn card: start fetching what the
   * explanation needs, as the Yew card fetches the prose.
   * @param {Event} event
   */
  #prepareExplain(event) {
    if (this.#drawnBy !== draw || !(/** @type {Element} */ (event.target).closest?.('button.toggle'))) return;
    wantViews();
    fetchProse().catch(() => {});
  }

  /**
   * Opens the explanation in the full wasm's card, as the reader's click asked, with focus on
   * its button when it was on the drawn one.
   * @param {HTMLElement | undefined} root
   * @param {boolean} refocus
   */
  #openExplanation(root, refocus) {
    if (!root) return;
    const open = () => {
      const toggle = /** @type {HTMLElement | null} */ (root.querySelector('button.toggle'));
      if (!toggle) return false;
      toggle.click();
      if (refocus) toggle.focus();
      return true;
    };
    // The app renders in its scheduler's next run: open once its card is there.
    if (open()) return;
    const observer = new MutationObserver(() => {
      if (open()) observer.disconnect();
    });
    observer.observe(root, { childList: true, subtree: true });
  }

  /** @param {string} _name @param {string | null} oldValue @param {string | null} newValue */
  attributeChangedCallback(_name, oldValue, newValue) {
    if (oldValue === newValue || !this.isConnected || this.#updateQueued) return;
    // Several attributes set in one task become one update.
    this.#updateQueued = true;
    queueMicrotask(() => {
      this.#updateQueued = false;
      if (this.isConnected) this[RENDER]();
    });
  }
}

// One property per attribute: it reads the attribute, as its canonical value (an absent or unknown
// value reads as the default), and writing it writes the attribute.
for (const attribute of CONTRACT.attributes) {
  const { name, property, values } = attribute;
  Object.defineProperty(HttpStatusElement.prototype, property, attribute.type === 'boolean'
    ? {
      get() { return this.hasAttribute(name); },
      /** @param {unknown} value */
      set(value) { this.toggleAttribute(name, Boolean(value)); },
      enumerable: true,
    }
    : {
      get() {
        const value = this.getAttribute(name) ?? '';
        if (!values) return value;
        const canonical = value.trim().toLowerCase();
        return values.some((allowed) => allowed.value === canonical) ? canonical : attribute.default;
      },
      /** @param {unknown} value */
      set(value) { this.setAttribute(name, String(value)); },
      enumerable: true,
    });
}

/**
 * Called by the small wasm: defines <http-status> once per page. A second copy of the bundle
 * finds it defined and leaves it alone, so loading the script twice is harmless; if something
 * else owns the tag, it says so once in the console. Without custom elements (Node), it defines
 * nothing.
 * @param {string} css the stylesheet every shadow root adopts
 * @param {Renderer} drawBadgeOrCard draws a badge or a card
 * @returns {boolean} whether this call defined the element
 */
export function defineElement(css, drawBadgeOrCard) {
  if (typeof customElements === 'undefined') return false;
  const owner = customElements.get(CONTRACT.tag);
  if (owner) {
    if (!(/** @type {any} */ (owner).httpStatus)) console.warn(`<${CONTRACT.tag}>: the tag is already defined by another script; this copy of http-status.js leaves it alone.`);
    return false;
  }
  // One constructable stylesheet shared by every instance.
  sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  draw = drawBadgeOrCard;
  customElements.define(CONTRACT.tag, HttpStatusElement);
  return true;
}

/**
 * Called by the full wasm: every view can now be mounted, and the hosts that waited for it are.
 * @param {Renderer} mount mounts a view's app in a host
 * @param {(textOrError: string | Error) => void} receiveProse takes the prose file's text, or why not
 * @returns {boolean} whether this copy's views were taken (a second copy of the bundle's are not)
 */
export function provideViews(mount, receiveProse) {
  if (typeof customElements === 'undefined' || mountView) return false;
  mountView = mount;
  deliverProse = receiveProse;
  // Fetched early for a page that shows the prose at once (see http-status.js).
  handOverProse(receiveProse);
  for (const host of [...waitingForViews]) host[RENDER]();
  return true;
}
