// What each kind of page transfers, from the build's own list of the files it needs (the
// end-to-end suite checks that pages fetch exactly those): byte counts are deterministic, so the
// budgets are asserted here, gzip -9 as the benchmark counts them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
const FILES = JSON.parse(await readFile(join(DIST, 'http-status-files.json'), 'utf8'));

/** KB (1,024 bytes) a page of these kinds transfers, gzip -9, each file once. */
async function transferKb(...kinds) {
  let bytes = 0;
  for (const file of new Set(kinds.flatMap((kind) => FILES.pages[kind]))) bytes += gzipSync(await readFile(join(DIST, file)), { level: 9 }).length;
  return bytes / 1024;
}

test('a page with badges and cards transfers at most 60 KB gzip', async () => {
  const kb = await transferKb('badge', 'card');
  assert.ok(kb <= 60, `${kb.toFixed(1)} KB`);
});

// The target is 175 KB and is not met: the full wasm alone is 431.0 KB gzip (Yew and the views,
// the response reader with its checks, the guide, search, and the drawing of badges and cards, so
// that such a page loads one wasm), and the browser's search reads the prose's words (58.2 KB,
// `http-status-search-words.txt`). Until the full wasm splits further (the reader first: it is
// most of the growth), this ceiling keeps the page from growing unnoticed; raise it only with the
// README's weight table. Measured on 2026-12-07: 435.4 KB after the split, 453.9 KB with 27
// records for Envoy and HAProxy, 501.6 KB with 56 more records (about +10 KB of the full wasm, +42 KB
// of prose) and the reader's checks of every field httplint checks, HAR files and speed (about +92 KB
// of the full wasm), less the prose (155.6 KB) now that search reads only its words.
const BROWSER_PAGE_CEILING_KB = 502;

test(`a page with the browser view transfers at most ${BROWSER_PAGE_CEILING_KB} KB gzip, its search words included (target 175, missed)`, async () => {
  const kb = await transferKb('browser');
  assert.ok(kb <= BROWSER_PAGE_CEILING_KB, `${kb.toFixed(1)} KB`);
});

test('badges and cards need neither the full wasm nor the prose nor its words; the browser and the response view need no prose', () => {
  for (const kind of ['badge', 'card']) {
    for (const file of [...FILES.parts.app, ...FILES.parts.prose, ...FILES.parts.searchWords]) assert.ok(!FILES.pages[kind].includes(file), `${kind}: ${file}`);
  }
  for (const kind of ['browser', 'response', 'guide']) {
    for (const file of FILES.parts.prose) assert.ok(!FILES.pages[kind].includes(file), `${kind}: ${file}`);
  }
});
