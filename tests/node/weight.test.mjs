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

// The target is 175 KB and is not met: the full wasm is 314.5 KB gzip (Yew and the views, the
// guide, search, the drawing of badges and cards so that such a page loads one wasm, and the
// reading back of the response reader's answers), and the browser's search reads the prose's words
// (58.2 KB, `http-status-search-words.txt`). This ceiling keeps the page from growing unnoticed;
// raise it only with the README's weight table. Measured on 2026-12-07: 435.4 KB after the split,
// 453.9 KB with 27 records for Envoy and HAProxy, 501.6 KB with 56 more records and the reader's
// checks of every field httplint checks, HAR files and speed, less the prose now that search reads
// only its words; 404.5 KB with the response reader in a wasm of its own (the full wasm 430.8 →
// 333.7 KB: the reader is 171 KB of it, its answers read back from JSON cost 74 KB); 381.0 KB
// with search built at opt-level "s" (+12 KB, for speed) and the answers read back without each
// reading's values (-31 KB); 382.7 KB with the pre-rendered roots' adoption, the theme that
// follows a page's text colour and the accessible names (element.js +0.6 KB, full wasm +1 KB);
// 382.9 KB with search's named-record index apart from its word index (+0.2 KB); 385.7 KB with the
// response view's folded box for a long text and its first 50 steps before a button (+2.8 KB:
// the browser view then draws a 1 MB paste 3 to 6 times sooner); 386.0 KB with the reader's
// answers read from their text in place rather than a byte at a time (+0.4 KB: the first screen
// of a pasted HAR file about 90 ms sooner in WebKit).
const BROWSER_PAGE_CEILING_KB = 387;

test(`a page with the browser view transfers at most ${BROWSER_PAGE_CEILING_KB} KB gzip, its search words included (target 175, missed)`, async () => {
  const kb = await transferKb('browser');
  assert.ok(kb <= BROWSER_PAGE_CEILING_KB, `${kb.toFixed(1)} KB`);
});

test('badges and cards need neither the full wasm nor the prose nor its words; the browser and the response view need no prose; only the response view needs the reader', () => {
  for (const kind of ['badge', 'card']) {
    for (const file of [...FILES.parts.app, ...FILES.parts.prose, ...FILES.parts.searchWords]) assert.ok(!FILES.pages[kind].includes(file), `${kind}: ${file}`);
  }
  for (const kind of ['browser', 'response', 'guide']) {
    for (const file of FILES.parts.prose) assert.ok(!FILES.pages[kind].includes(file), `${kind}: ${file}`);
  }
  for (const [kind, files] of Object.entries(FILES.pages)) {
    for (const file of FILES.parts.reader) assert.equal(files.includes(file), kind === 'response', `${kind}: ${file}`);
  }
});

// Phrases of the reader's readings and messages (crates/reader/src: the Retry-After reading, a
// repeated Cache-Control directive, an empty paste): in the reader's wasm, never in the full one,
// which asks the reader's wasm instead of holding the reader.
test('the full wasm holds none of the response reader; the reader\'s wasm holds it', async () => {
  const app = (await readFile(join(DIST, FILES.app.wasm))).toString('latin1');
  const reader = (await readFile(join(DIST, FILES.reader.wasm))).toString('latin1');
  for (const phrase of ['before retrying', ' given twice', 'Nothing to explain yet']) {
    assert.ok(reader.includes(phrase), `the reader's wasm: ${phrase}`);
    assert.ok(!app.includes(phrase), `the full wasm: ${phrase}`);
  }
});
