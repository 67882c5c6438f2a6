// Types for http-status.js, the <http-status> embed module.

/** An entry of the database, as returned by lookup(), search() and codes(). */
export interface HttpStatusEntry {
  /** Stable id: "404", "499-nginx", "500.19-iis", "h12-heroku", "0-fetch". */
  id: string;
  /** A status code, an IIS sub-status, a vendor error riding on a status, or what is read as a status but is not HTTP (fetch's 0). */
  kind: 'status' | 'substatus' | 'vendor-error' | 'not-http';
  /** The HTTP status it is or arrives with; 0 for what is not HTTP. */
  code: number;
  /** What people write for it: "404", "500.19", "H12", "1020", "0". */
  label: string;
  /** Current registered name, or the vendor's name for it. */
  phrase: string;
  /** Null for what is not HTTP. */
  class: '1xx' | '2xx' | '3xx' | '4xx' | '5xx' | null;
  registry: 'iana' | 'vendor';
  /** The registry state; `expired` is a temporary registration whose term ended (treated as deprecated). */
  status: 'permanent' | 'temporary' | 'expired' | 'unused' | 'obsoleted' | 'unofficial';
  /** Registered but deprecated in practice (102, 305). */
  deprecated: boolean;
  vendor: string | null;
  /** End date (YYYY-MM-DD) of a temporary registration. */
  expires: string | null;
  /** Former and alternative names. */
  aliases: string[];
  /** Words people search for it by. */
  keywords: string[];
  /** Text that identifies it inside a pasted log line or error page ("HTTP Error 500.19", "code=H12"). */
  signatures: string[];
  /** One sentence. */
  summary: string;
  /** The long prose: null until it has loaded (see loadProse). */
  explanation: string | null;
  whenToSend: string | null;
  clientAction: string | null;
  /** Common real-world causes; null until the prose has loaded. */
  causes: string[] | null;
  /** The defining specification section, for registered codes. */
  spec: { title: string; url: string } | null;
  /** Related header fields. */
  headers: string[];
  /** Codes people confuse with this one. */
  related: number[];
  /** The same, each with one line on how it differs; null until the prose has loaded. */
  relatedNotes: { code: number; note: string }[] | null;
  /** Heuristically cacheable by default (RFC 9110 section 15.1; 451 by RFC 7725). */
  cacheable: boolean;
  /** No client ever receives it: it exists in logs only (nginx's 444 and 499). */
  logOnly: boolean;
  /** The status a client gets by default when it is not `code` (nginx's 494 arrives as 400), else null. */
  sentAs: number | null;
  /** An example: the response (status line and the headers that matter), or the log line or console output people see; null until the prose has loaded. */
  example: string | null;
  /** Ids of the comparison tables it is in ("redirects", "timeouts", …). */
  families: string[];
}

/** Resolves once `lookup`, `search`, `codes` and `explainResponse` work (the full wasm and the response reader's wasm run) and, in a browser, `<http-status>` is defined; rejects if a wasm cannot be loaded. Its work starts when something awaits it: importing the module never fetches either, and never reports a failure as unhandled. */
export const ready: Promise<void>;

/** Loads the long prose of every entry (explanation, advice, causes, example, notes on related codes), fetched otherwise only when a view shows it; until it resolves, those fields of an entry are null. */
export function loadProse(): Promise<void>;

/** The registered entry for a code (else its most common vendor meaning); null for unknown or invalid codes. */
export function lookup(code: number | string): HttpStatusEntry | null;

/** Entries ranked for a free-text query (a code, "4xx", a name, a symptom, a header, a vendor), best first. */
export function search(query: string | number, limit?: number): HttpStatusEntry[];

/** Every entry in code order, the registered entry before vendor entries of the same number. */
export function codes(): HttpStatusEntry[];

/** The analysis of a pasted response (see explainResponse). */
export interface ResponseExplanation {
  /** How the text was read. */
  format: 'statusLines' | 'curlVerbose' | 'pseudoHeaders' | 'devToolsPane' | 'wget' | 'har';
  /** The chain in one line: "301 Moved Permanently → 200 OK". */
  summary: string;
  /** Every response, in the order it came. */
  steps: ResponseStep[];
  /** The index in steps of the response the chain ended with. */
  finalStep: number;
  /** Everything worth fixing, step by step, errors first within a step. */
  flags: ResponseFlag[];
}

/** One response of a chain. */
export interface ResponseStep {
  role: 'interim' | 'tunnel' | 'redirect' | 'retried' | 'final';
  /** "HTTP/1.1", "HTTP/2"…; null where the text does not say. */
  version: string | null;
  code: number;
  /** The reason phrase as sent, if any. */
  reason: string | null;
  status: {
    /** The database entry's id, for lookup(); null for a code nobody we know uses. */
    entryId: string | null;
    phrase: string | null;
    class: string | null;
    vendor: string | null;
    registered: boolean;
    cacheable: boolean;
    summary: string;
  };
  /** The request it answered, when the text shows it or the chain implies it. */
  request: { method: string | null; url: string | null; urlGuessed: boolean; headers: { name: string; value: string }[] } | null;
  /** Every header field as received, secrets masked. */
  headers: { name: string; value: string }[];
  /** What the header fields say: a sentence each, and the values behind it (`detail.kind` names the reading). */
  readings: { fields: string[]; sentence: string; detail: { kind: string; [value: string]: unknown } }[];
  /** The members of an application/problem+json body. */
  problem: { typeUri: string | null; title: string | null; status: number | null; detail: string | null; instance: string | null } | null;
  /** Ids of the sub-statuses and vendor errors of this code that the body or fields name ("uh-envoy", "1020-cloudflare"), for lookup(). */
  refinements: string[];
  /** Bytes of body after the headers. */
  bodyLength: number;
}

/** Something worth fixing, with a stable id ("missing-www-authenticate"). */
export interface ResponseFlag {
  id: string;
  /** The header field it concerns ("Set-Cookie"); null for the status, the body or the paste as a whole. */
  field: string | null;
  severity: 'error' | 'warning' | 'advice';
  /** The index in steps of the response it is about. */
  step: number;
  title: string;
  why: string;
  fix: string;
}

/** Reads pasted text (curl -i, -iL, -v, HTTPie, wget, DevTools, a HAR file, raw HTTP) as one or more responses and explains them; throws an Error whose message says what was expected, with `reason` ('empty', 'requestOnly', 'noStatusLine', 'badStatusLine', 'emptyHar', 'unrecognised'), when it is not a response. */
export function explainResponse(text: string): ResponseExplanation;

// contract:start
export interface HttpStatusElement extends HTMLElement {
  /** A status code, e.g. "404". Surrounding whitespace is fine. A number several vendors use shows the most common meaning (499 is nginx's); an entry id picks another ("499-esri"). Anything that is not a code from 100 to 599 shows a friendly message; an unassigned code (say 299) explains its class. */
  code: string;
  /** Which view to render. The property reads "" (the default) for an absent or unknown value. */
  view: '' | 'badge' | 'card' | 'explainer' | 'browser' | 'response' | 'guide';
  /** The initial search in the browser view. */
  query: string;
  /** The response view's text to explain. Without it, the element's own text is explained (which also shows, unstyled, before the module loads); wrap it in <pre> to keep its lines there. */
  response: string;
  /** Colour scheme. The property reads "auto" for an absent or unknown value. */
  theme: 'auto' | 'light' | 'dark';
  /** Browser view: the open code lives in the URL hash, so page.html#429 opens 429 (vendor entries: #499-nginx). Guide (and browser) view: the answers given live there too, #guide/…, so a walk can be shared. */
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
