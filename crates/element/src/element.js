// @ts-check
// The <http-status> custom element: DOM lifecycle only. Drawing lives in two wasm files. Whichever
// runs first calls `defineElement` with the stylesheet and what draws badges and cards (both can);
// the full one (http-status-app) also calls `provideViews` with what mounts every other view, and
// is loaded only when a host needs it (`whenViewsNeeded`). This file decides which draws a
// host, and owns attributes, properties, the shadow root and batching; `guest.js` has the
// colour scheme, keys and copying, `prose.js` the long prose and its words for search, `reader.js`
// the response reader's wasm for the views, `contract.js` the public interface.
// The build bundles the five into the published element.js.

import { CONTRACT } from './contract.js';
import { copyOnClick, followScheme, internalsOf, keepKeysInside, stopFollowingScheme } from './guest.js';
import { fetchProse, fetchSearchWords, receiveProseWith, receiveSearchWordsWith } from './prose.js';
import { explainResponseJson, whenReaderNeeded } from './reader.js';

export { CONTRACT, explainResponseJson, fetchProse, fetchSearchWords, whenReaderNeeded };

// Outside a browser (Node, a worker) there is no HTMLElement to extend; nothing is defined there.
const Base = /** @type {typeof HTMLElement} */ (globalThis.HTMLElement ?? class {});

/** @typedef {{ root(): HTMLElement, update(): void, release(): void }} Rendering */
/** @typedef {(host: HTMLElement) => Rendering} Renderer */

/** The stylesheet and what draws badges and cards, handed over by the small wasm when it defines the element. */
let sheet = /** @type {CSSStyleSheet | null} */ (null);
/** @type {Renderer | null} */
let draw = null;
/** What mounts the other views, handed over by the full wasm. */
/** @type {Renderer | null} */
let mountView = null;
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
 * `http-status.js` applies the same rule, as a selector, to choose the wasm a page starts with.
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
  /** Whether the shadow root has our listeners and stylesheet (a pre-rendered one arrives without). */
  #shadowReady = false;
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
    followScheme(this);
    this.#attachPrerendered();
    this[RENDER]();
  }

  /**
   * A pre-rendered shadow root that arrived as DOM rather than through the HTML parser (a
   * framework's client-side navigation inserts markup as nodes, so `<template shadowrootmode>`
   * stays a template): attached from the template, as the parser would have. The template is
   * left where it is, inert, since the framework owns the host's children.
   */
  #attachPrerendered() {
    if (this.shadowRoot) return;
    const template = [...this.children].find((child) => child instanceof HTMLTemplateElement && child.hasAttribute('shadowrootmode'));
    if (!template) return;
    this.attachShadow({ mode: 'open' }).append(/** @type {HTMLTemplateElement} */ (template).content.cloneNode(true));
  }

  /**
   * The shadow root, attached when the host first has something to show in it, or the
   * pre-rendered one, given our listeners and stylesheet the first time.
   */
  #shadow() {
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    if (!this.#shadowReady) {
      this.#shadowReady = true;
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
    stopFollowingScheme(this);
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
    const shadow = this.#shadow();
    // A pre-rendered root the drawing adopted stays where it is; one it did not (another build's,
    // another code's) gives way.
    if (root.parentNode !== shadow) shadow.append(root);
    for (const stale of [...shadow.children]) if (stale !== root && stale.matches('.root[data-prerendered]')) stale.remove();
    this.#setLoading(false);
    if (this.#explaining && wanted === mountView) this.#openExplanation(root, Boolean(focused));
  }

  #release() {
    if (!this.#app) return;
    this.#app.root().remove();
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
   * @param {HTMLElement} root
   * @param {boolean} refocus
   */
  #openExplanation(root, refocus) {
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

let warnedOfOwner = false;

/**
 * Called by either wasm, whichever runs first: defines <http-status> once per page. The other
 * wasm, or a second copy of the bundle, finds it defined and leaves it alone, so loading the
 * script twice is harmless; if something else owns the tag, it says so once in the console.
 * Without custom elements (Node), it defines nothing.
 * @param {string} css the stylesheet every shadow root adopts
 * @param {Renderer} drawBadgeOrCard draws a badge or a card
 * @returns {boolean} whether this call defined the element
 */
export function defineElement(css, drawBadgeOrCard) {
  if (typeof customElements === 'undefined') return false;
  const owner = customElements.get(CONTRACT.tag);
  if (owner) {
    // Both wasm files may ask; the page's author hears of a foreign owner once.
    if (!(/** @type {any} */ (owner).httpStatus) && !warnedOfOwner) console.warn(`<${CONTRACT.tag}>: the tag is already defined by another script; this copy of http-status.js leaves it alone.`);
    warnedOfOwner = true;
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
 * @param {(textOrError: string | Error) => void} receiveSearchWords takes the search-words file's text, or why not
 * @returns {boolean} whether this copy's views were taken (a second copy of the bundle's are not)
 */
export function provideViews(mount, receiveProse, receiveSearchWords) {
  if (typeof customElements === 'undefined' || mountView) return false;
  mountView = mount;
  // Fetched early for a page that shows them at once (see http-status.js).
  receiveProseWith(receiveProse);
  receiveSearchWordsWith(receiveSearchWords);
  for (const host of [...waitingForViews]) host[RENDER]();
  return true;
}
