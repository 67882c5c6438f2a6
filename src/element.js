// The <http-status> custom element: DOM lifecycle only. Rendering lives in the wasm that
// `mount` starts; this file owns attributes, properties, the shadow root, batching and copying.

const TAG = 'http-status';
const STRING_PROPERTIES = ['code', 'view', 'query', 'theme'];
const BOOLEAN_PROPERTIES = { linkHash: 'link-hash', shortcut: 'shortcut' };
/** How long a copy button shows its outcome before its label returns. */
const COPY_OUTCOME_MS = 1600;
const copyOutcomeTimers = new WeakMap();

/**
 * Every view's copy buttons are plain markup, `<button data-copy="text">`: one listener per
 * shadow root copies the text and writes the outcome into the button for a moment.
 */
function copyOnClick(event) {
  const button = event.target.closest?.('button[data-copy]');
  if (!button) return;
  const outcome = button.querySelector('.copy-done');
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
  const written = navigator.clipboard?.writeText(button.dataset.copy) ?? Promise.reject(new Error('no clipboard'));
  written.then(() => show('done', 'Copied'), () => show('failed', 'Copy failed'));
}

/**
 * Keys stay inside the widget when it uses them, so the host page's own shortcuts (DocSearch's
 * `/`, mdBook's arrows for the next chapter) do not fire while a reader types or moves around
 * in it: every key typed into a text field (but Tab), every key a view handled (it prevents
 * the default), and Enter and Space on the widget's buttons. Other keys reach the page.
 */
function keepKeysInside(event) {
  const origin = event.composedPath()[0];
  const typing = origin instanceof HTMLInputElement || origin instanceof HTMLTextAreaElement;
  const pressing = origin instanceof HTMLButtonElement && (event.key === 'Enter' || event.key === ' ');
  if ((typing && event.key !== 'Tab') || pressing || (event.type === 'keydown' && event.defaultPrevented)) event.stopPropagation();
}

/**
 * Defines <http-status> once per page. A second copy of the bundle finds it defined and
 * leaves it alone, so loading the script twice is harmless; without custom elements (Node),
 * it defines nothing.
 * @param {string} css the stylesheet every shadow root adopts
 * @param {(host: HTMLElement) => {root(): HTMLElement, update(): void, release(): void}} mount
 * @returns {boolean} whether this call defined the element
 */
export function defineElement(css, mount) {
  // Outside a browser (Node, a worker) there is nothing to define; the lookups still work.
  if (typeof customElements === 'undefined' || customElements.get(TAG)) return false;
  // One constructable stylesheet shared by every instance.
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);

  class HttpStatusElement extends HTMLElement {
    static observedAttributes = [...STRING_PROPERTIES, ...Object.values(BOOLEAN_PROPERTIES)];

    #app = null;
    #updateQueued = false;

    connectedCallback() {
      // Properties set on the element before this class was defined shadow the accessors.
      for (const name of [...STRING_PROPERTIES, ...Object.keys(BOOLEAN_PROPERTIES)]) {
        if (Object.hasOwn(this, name)) {
          const value = this[name];
          delete this[name];
          this[name] = value;
        }
      }
      let shadow = this.shadowRoot;
      if (!shadow) {
        shadow = this.attachShadow({ mode: 'open' });
        shadow.addEventListener('click', copyOnClick);
        for (const type of ['keydown', 'keypress', 'keyup']) shadow.addEventListener(type, keepKeysInside);
      }
      shadow.adoptedStyleSheets = [sheet];
      this.#app = mount(this);
      shadow.append(this.#app.root());
    }

    disconnectedCallback() {
      if (!this.#app) return;
      this.#app.root().remove();
      this.#app.release();
      this.#app = null;
    }

    attributeChangedCallback(_name, oldValue, newValue) {
      if (oldValue === newValue || !this.#app || this.#updateQueued) return;
      // Several attributes set in one task become one update.
      this.#updateQueued = true;
      queueMicrotask(() => {
        this.#updateQueued = false;
        this.#app?.update();
      });
    }
  }

  for (const name of STRING_PROPERTIES) {
    Object.defineProperty(HttpStatusElement.prototype, name, {
      get() { return this.getAttribute(name) ?? ''; },
      set(value) { this.setAttribute(name, String(value)); },
      enumerable: true,
    });
  }
  for (const [name, attribute] of Object.entries(BOOLEAN_PROPERTIES)) {
    Object.defineProperty(HttpStatusElement.prototype, name, {
      get() { return this.hasAttribute(attribute); },
      set(value) { this.toggleAttribute(attribute, Boolean(value)); },
      enumerable: true,
    });
  }

  customElements.define(TAG, HttpStatusElement);
  return true;
}
