// What the plugins are checked against: the published files of this repository's dist/ and the
// Node reference implementation shipped with them (http-status-prerender.js).
import { fileURLToPath } from 'node:url';

export const DIST = fileURLToPath(new URL('../../../dist', import.meta.url));
export const BASE = '/docs/http-status/';
const { prerenderElement } = await import(new URL('../../../dist/http-status-prerender.js', import.meta.url));

/** The reference's template for an element with these attributes (it must know the code). */
export function referenceTemplate(attributes) {
  const result = prerenderElement(attributes, { base: BASE });
  if (!result?.template) throw new Error(`the reference pre-renders nothing for ${JSON.stringify(attributes)}`);
  return result.template;
}

/** A vendor's label in a case the table does not hold: found once lower-cased. */
export const VENDOR_LABEL = 'Econnrefused';

/** Collects the warnings a plugin gives. */
export function warnings() {
  const list = [];
  return { list, warn: (message) => list.push(message) };
}
