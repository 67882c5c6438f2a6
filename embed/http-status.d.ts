// Types for http-status.js, the <http-status> embed module.

/** A status-code entry, as returned by lookup(), search() and codes(). */
export interface HttpStatusEntry {
  /** Stable id: "404", or "499-nginx" for a vendor entry. */
  id: string;
  code: number;
  /** Current registered name, or the vendor's name for its code. */
  phrase: string;
  class: '1xx' | '2xx' | '3xx' | '4xx' | '5xx';
  registry: 'iana' | 'vendor';
  status: 'permanent' | 'temporary' | 'unused' | 'obsoleted' | 'unofficial';
  /** Registered but deprecated in practice (102, 305). */
  deprecated: boolean;
  vendor: string | null;
  /** End date (YYYY-MM-DD) of a temporary registration. */
  expires: string | null;
  /** Former and alternative names. */
  aliases: string[];
  /** Words people search for it by. */
  keywords: string[];
  /** One sentence. */
  summary: string;
  explanation: string;
  whenToSend: string;
  clientAction: string;
  /** Common real-world causes. */
  causes: string[];
  /** The defining specification section, for registered codes. */
  spec: { title: string; url: string } | null;
  /** Related header fields. */
  headers: string[];
  /** Codes people confuse with this one. */
  related: number[];
  /** The same, each with one line on how it differs. */
  relatedNotes: { code: number; note: string }[];
  /** Heuristically cacheable by default (RFC 9110 section 15.1; 451 by RFC 7725). */
  cacheable: boolean;
  /** An example response: status line and the headers that matter. */
  example: string;
  /** Id of the comparison table it belongs to ("redirects", "auth", …), if any. */
  family: string | null;
}

/** Resolves once `lookup`, `search` and `codes` work and, in a browser, `<http-status>` is defined; rejects if the wasm cannot be loaded (an import alone never reports that as unhandled). */
export const ready: Promise<void>;

/** The registered entry for a code (else its most common vendor meaning); null for unknown or invalid codes. */
export function lookup(code: number | string): HttpStatusEntry | null;

/** Entries ranked for a free-text query (a code, "4xx", a name, a symptom, a header, a vendor), best first. */
export function search(query: string | number, limit?: number): HttpStatusEntry[];

/** Every entry in code order, the registered entry before vendor entries of the same number. */
export function codes(): HttpStatusEntry[];

// contract:start
export interface HttpStatusElement extends HTMLElement {
  /** A status code, e.g. "404". Surrounding whitespace is fine. A number several vendors use shows the most common meaning (499 is nginx's); an entry id picks another ("499-esri"). Anything that is not a code from 100 to 599 shows a friendly message; an unassigned code (say 299) explains its class. */
  code: string;
  /** Which view to render. The property reads "" (the default) for an absent or unknown value. */
  view: '' | 'badge' | 'card' | 'explainer' | 'browser';
  /** The initial search in the browser view. */
  query: string;
  /** Colour scheme. The property reads "auto" for an absent or unknown value. */
  theme: 'auto' | 'light' | 'dark';
  /** Browser view: the open code lives in the URL hash, so page.html#429 opens 429 (vendor entries: #499-nginx). */
  linkHash: boolean;
  /** Browser view: / anywhere on the page focuses its search box (when one browser view on the page asks for it). Off by default: documentation sites use / for their own search. */
  shortcut: boolean;
}

/** The reader opens an entry: selects a card in the browser, expands a card, follows a related code. It bubbles and is composed, so it crosses the shadow boundary: listen on the element or on document. */
export interface HttpStatusSelectEvent extends CustomEvent<{ code: number, id: string }> {}

declare global {
  interface HTMLElementTagNameMap {
    'http-status': HttpStatusElement;
  }
  interface HTMLElementEventMap {
    'http-status-select': HttpStatusSelectEvent;
  }
}
// contract:end
