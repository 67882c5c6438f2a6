/** The pre-rendering table the build writes (http-status-prerendered.json). */
export interface PrerenderTable {
  /** The build's version, stamped on every root: the element adopts only its own build's. */
  version: string;
  /** The shadow roots' stylesheet file, linked from `base`. */
  stylesheet: string;
  /** Every id, label and code as written and lower-cased → the record's id. */
  spellings: Record<string, string>;
  /** `views.badge[id]`, `views.card[id]`: the stamped root of the shadow root. */
  views: Record<'badge' | 'card', Record<string, string>>;
}

export interface PrerenderOptions {
  /** The URL folder the site serves our files from, ending with `/`. */
  base: string;
  /** Another table than the one shipped next to this module. */
  table?: PrerenderTable;
}

/** The table shipped with the package. */
export function prerenderTable(): PrerenderTable;

/**
 * The `<template shadowrootmode="open">` to write as the element's first child; `unknownCode`
 * when the code is not one we know; null for a view that is not pre-rendered (only badges and cards are).
 */
export function prerenderElement(
  attributes: { code?: string | null; view?: string | null },
  options: PrerenderOptions,
): { template: string } | { unknownCode: string } | null;

/** The `<http-status>` elements of an HTML fragment pre-rendered; the codes left for the browser. */
export function prerender(html: string, options: PrerenderOptions): { html: string; unknownCodes: string[] };
