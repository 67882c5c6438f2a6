// @ts-check
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
        { value: 'browser', description: 'Search box (filters as you type), class filters 1xx–5xx, IANA/vendor filter, a grid of cards (the best 12, then **Show all**) and an explainer panel. Arrows move between cards, `Enter` opens, `Esc` closes and returns focus; with `shortcut`, `/` focuses the search. The result count is announced to screen readers. Pasted log lines are read by field where the format is known (combined and common access logs, Envoy and Istio, HAProxy with the case of its termination state, W3C/IIS with or without `#Fields`, ALB, the Heroku router, JSON and key=value logs, the statuses expected and received in a failed test); several pasted lines keep their breaks as ⏎ and are read one by one, and a pasted line lists only what it gives evidence for. Pasting a response into the search box explains it in place of the results, with **Back to search**; **Which code should I return?** opens the guide there.' },
        { value: 'response', description: 'A response explained: the text of `response` (or the element\'s own text) in an editable box (folded behind a button when it is over 64 KB, as browsers take up to a second to lay out a text that long; a paste typed into the box is never folded), then each response of the chain (redirects, `100 Continue`, a proxy tunnel) as a step: its status and a link to its explainer, what each header field that matters says (Retry-After as a time, challenges, Location and the next method, rate limits, caching, CORS, the CDN or proxy that answered…), the vendor error or sub-status its body names (Envoy\'s UH, Cloudflare\'s 1020, IIS\'s 500.19) and what is worth fixing, with why and how: errors, then warnings, each under the header field it concerns, then the advice folded behind its count. Reads `curl -i`, `-I`, `-iL`, `-v`, HTTPie, wget, DevTools copies, HAR files and raw HTTP/1.0 to 3; credentials and tokens are masked; nothing leaves the page.' },
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
        { value: 'auto', description: 'Follows the page: the CSS `color-scheme` it sets (on its root or any ancestor); where it sets none, the colour of the text around the element (light text is on a dark page), so a switch that only changes colours, such as Furo\'s `body[data-theme]`, switches it too.' },
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
    { name: 'response-text', description: 'The response view\'s text box (not drawn while a text over 64 KB is folded)' },
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
    { name: '--http-status-font', description: 'Text font (codes keep `--http-status-mono-font`)', default: 'the page\'s font, inherited' },
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
