// `<http-status>` elements found in a string of HTML (a Markdown file's raw HTML), with their
// attributes read the way the HTML parser reads them, and replaced by whatever a plugin writes.
const NAME = '[a-zA-Z_:][a-zA-Z0-9:._-]*';
const VALUE = `(?:\\s*=\\s*(?:[^"'=<>\`\\x00-\\x20]+|'[^']*'|"[^"]*"))?`;
const START_TAG = new RegExp(`<http-status((?:\\s+${NAME}${VALUE})*)\\s*(/?)>`, 'gi');
const ATTRIBUTE = new RegExp(`(${NAME})(?:\\s*=\\s*(?:([^"'=<>\`\\x00-\\x20]+)|'([^']*)'|"([^"]*)"))?`, 'g');
const END_TAG = /<\/http-status\s*>/i;
const ALREADY_RENDERED = /^\s*<template\s[^>]*shadowrootmode/i;

const NAMED_ENTITIES = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' };
const decodeEntities = (text) => text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, body) => {
  if (body[0] !== '#') return NAMED_ENTITIES[body.toLowerCase()] ?? entity;
  const point = body[1].toLowerCase() === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
  return point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : entity;
});

/** An attribute list's values by lower-cased name (the first of a repeated name wins, as in HTML). */
export function attributeValues(text) {
  const values = {};
  for (const [, name, unquoted, single, double] of text.matchAll(ATTRIBUTE)) {
    const key = name.toLowerCase();
    if (!(key in values)) values[key] = decodeEntities(unquoted ?? single ?? double ?? '');
  }
  return values;
}

/**
 * `html` with every `<http-status>` passed to `replace({ attributes, values, inner, selfClosing })`
 * and replaced by its answer (null keeps it). `attributes` is the start tag's attribute text as
 * written; `inner` is the HTML up to the end tag, or undefined when the string has none (then
 * only the start tag is replaced). Elements already holding a shadow-root template are kept.
 */
export function replaceElements(html, replace) {
  let output = '';
  let from = 0;
  for (;;) {
    START_TAG.lastIndex = from;
    const start = START_TAG.exec(html);
    if (!start) return output + html.slice(from);
    const [startTag, attributes, slash] = start;
    const afterStart = start.index + startTag.length;
    const end = slash ? null : END_TAG.exec(html.slice(afterStart));
    const inner = slash ? '' : end ? html.slice(afterStart, afterStart + end.index) : undefined;
    const until = end ? afterStart + end.index + end[0].length : afterStart;
    const kept = html.slice(start.index, until);
    const replacement = inner !== undefined && ALREADY_RENDERED.test(inner) ? null
      : replace({ attributes, values: attributeValues(attributes), inner, selfClosing: Boolean(slash) });
    output += html.slice(from, start.index) + (replacement ?? kept);
    from = until;
  }
}
