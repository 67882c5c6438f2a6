// What each kind of page transfers, from the build's own list of the files it needs (the
// end-to-end suite checks that pages fetch exactly those): byte counts are deterministic, so the
// two budgets of the weight issue are asserted here, gzip -9 as the benchmark counts them.
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

test('a page with the browser view transfers at most 175 KB gzip, prose included', async () => {
  const kb = await transferKb('browser');
  assert.ok(kb <= 175, `${kb.toFixed(1)} KB`);
});

test('badges and cards need neither the full wasm nor the prose', () => {
  for (const kind of ['badge', 'card']) {
    for (const file of [...FILES.parts.app, ...FILES.parts.prose]) assert.ok(!FILES.pages[kind].includes(file), `${kind}: ${file}`);
  }
});
