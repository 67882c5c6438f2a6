// What pre-rendering adds to a page's HTML (crates/prerender, through the Node export): per badge
// and per card, raw (the mean over every record) and gzip -9 in a page of many of them, where
// the shared parts (the stylesheet link, the markup's repeated classes) compress away.
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from '../tests/e2e/harness.mjs';

const { prerender, prerenderTable } = await import(join(ROOT, 'dist/http-status-prerender.js'));
const BASE = '/http-status/';
/** Elements per measured page: a long reference page's worth. */
const PAGE_SIZES = { badge: 50, card: 20 };

/** A page of paragraphs, each with one element of a different record, as a docs page has them. */
function page(view, ids) {
  const paragraphs = ids.map((id, index) => `<p>Paragraph ${index} of the reference, which mentions <http-status code="${id}" view="${view}">${id}</http-status> in passing and goes on a little.</p>`);
  return `<!doctype html><html><head><title>Reference</title></head><body>\n${paragraphs.join('\n')}\n</body></html>\n`;
}

export function prerenderGrowth() {
  const table = prerenderTable();
  const ids = Object.keys(table.views.badge);
  const growth = {};
  for (const view of ['badge', 'card']) {
    const templates = ids.map((id) => `<template shadowrootmode="open"><link rel="stylesheet" href="${BASE}${table.stylesheet}">${table.views[view][id]}</template>`.length);
    const chosen = ids.filter((_, index) => index % Math.floor(ids.length / PAGE_SIZES[view]) === 0).slice(0, PAGE_SIZES[view]);
    const plain = page(view, chosen);
    const { html } = prerender(plain, { base: BASE });
    const gzip = (text) => gzipSync(text, { level: 9 }).length;
    growth[view] = {
      rawMean: Math.round(templates.reduce((sum, length) => sum + length, 0) / templates.length),
      rawMax: Math.max(...templates),
      pageElements: chosen.length,
      gzipPerElement: Math.round((gzip(html) - gzip(plain)) / chosen.length),
    };
  }
  return growth;
}

export function prerenderRows(growth) {
  return ['badge', 'card'].map((view) => {
    const measured = growth[view];
    return `| Pre-rendered ${view}: HTML added per element, raw mean over every record (largest), and gzip -9 in a page of ${measured.pageElements} | | ${measured.rawMean} B (${measured.rawMax} B); ${measured.gzipPerElement} B gzip | | | | |`;
  });
}
