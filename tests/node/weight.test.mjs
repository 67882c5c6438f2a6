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

// The target is 175 KB and is not met: the full wasm alone is 328.5 KB gzip (Yew and the views,
// the response reader, the guide, search, and the drawing of badges and cards, so that such a
// page loads one wasm), and the browser's search reads the prose's words, so it fetches the prose
// (113.5 KB) at once. Until the full wasm splits further, this ceiling keeps the page from growing
// unnoticed; raise it only with the README's weight table. Measured on 2026-12-07: 435.4 KB
// after the split, 453.9 KB with 27 records for Envoy's response flags and HAProxy's termination
// states (their prose is most of it). The README shows the target as missed, and why.
const BROWSER_PAGE_CEILING_KB = 454;

test(`a page with the browser view transfers at most ${BROWSER_PAGE_CEILING_KB} KB gzip, prose included (target 175, missed)`, async () => {
  const kb = await transferKb('browser');
  assert.ok(kb <= BROWSER_PAGE_CEILING_KB, `${kb.toFixed(1)} KB`);
});

test('badges and cards need neither the full wasm nor the prose', () => {
  for (const kind of ['badge', 'card']) {
    for (const file of [...FILES.parts.app, ...FILES.parts.prose]) assert.ok(!FILES.pages[kind].includes(file), `${kind}: ${file}`);
  }
});
