// @ts-check
// Pre-rendering in Node, for build tools and docs plugins: an element's Declarative Shadow DOM
// looked up in the table the Rust build writes (http-status-prerendered.json, crates/prerender),
// so the page paints badges and cards before any script runs and the element adopts them.
// Nothing here runs our wasm; whole pages (with code blocks to skip) are the command line's job
// (`http-status prerender`).
import { readFileSync } from 'node:fs';

/** @typedef {{ version: string, stylesheet: string, spellings: Record<string, string>, views: Record<string, Record<string, string>> }} Table */

/** @type {Table | null} */
let bundled = null;

/** The table shipped next to this module. */
export function prerenderTable() {
  bundled ??= JSON.parse(readFileSync(new URL('./http-status-prerendered.json', import.meta.url), 'utf8'));
  return /** @type {Table} */ (bundled);
}

const escapeAttribute = (/** @type {string} */ text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The shadow root to write as the element's first child, or null when the element is not a
 * pre-rendered kind (a view other than badge or card) or its code is not one we know.
 * @param {{ code?: string | null, view?: string | null }} attributes as the author wrote them
 * @param {{ base: string, table?: Table }} options `base`: the URL folder our files are served from
 * @returns {{ template: string } | { unknownCode: string } | null}
 */
export function prerenderElement({ code, view }, { base, table = prerenderTable() }) {
  const viewName = (view ?? '').trim().toLowerCase() || 'card';
  const written = (code ?? '').trim();
  if (!['badge', 'card'].includes(viewName) || !written) return null;
  const id = table.spellings[written] ?? table.spellings[written.toLowerCase()];
  if (!id) return { unknownCode: written };
  return { template: `<template shadowrootmode="open"><link rel="stylesheet" href="${escapeAttribute(base)}${table.stylesheet}">${table.views[viewName][id]}</template>` };
}

const OPENING_TAG = /<http-status(?=[\s/>])((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>(\s*<template shadowrootmode[\s\S]*?<\/template>)?/gi;
const ATTRIBUTE = /([^\s=/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;

/** @param {string} attributes @param {string} name */
function attribute(attributes, name) {
  for (const match of attributes.matchAll(ATTRIBUTE)) {
    if (match[1].toLowerCase() === name) return (match[2] ?? match[3] ?? match[4] ?? '').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  }
  return null;
}

/**
 * Pre-renders the `<http-status>` elements in an HTML fragment (a Markdown renderer's HTML
 * token, a built page without code samples of the element): a shadow root already there is
 * replaced, so running twice gives the same text.
 * @param {string} html
 * @param {{ base: string, table?: Table }} options
 * @returns {{ html: string, unknownCodes: string[] }}
 */
export function prerender(html, options) {
  /** @type {string[]} */
  const unknownCodes = [];
  const out = html.replace(OPENING_TAG, (whole, attributes, selfClosing) => {
    const result = prerenderElement({ code: attribute(attributes, 'code'), view: attribute(attributes, 'view') }, options);
    if (!result) return whole;
    if ('unknownCode' in result) {
      unknownCodes.push(result.unknownCode);
      return whole;
    }
    return `<http-status${attributes}>${result.template}${selfClosing ? '</http-status>' : ''}`;
  });
  return { html: out, unknownCodes };
}
