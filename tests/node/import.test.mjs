// The entry module outside a browser, as a static-site build (Docusaurus, VitePress, Astro)
// imports it while rendering pages in Node: it must not throw or leave an unhandled rejection,
// and the lookups work from the wasm on disk.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));

/** Runs `script` as an ES module in a fresh Node process and returns its stdout; throws if it fails (an unhandled rejection exits with 1). */
function node(script) {
  return execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

test('in Node, importing http-status.js defines nothing and lookup, search and codes work', () => {
  const output = node(`
    const embed = await import(${JSON.stringify(join(DIST, 'http-status.js'))});
    await embed.ready;
    console.log(JSON.stringify({
      element: typeof customElements,
      notFound: embed.lookup(404).phrase,
      fallback: embed.lookup('499').vendor,
      rateLimit: embed.search('rate limit', 1)[0].code,
      count: embed.codes().length,
    }));
  `);
  const result = JSON.parse(output);
  assert.equal(result.element, 'undefined');
  assert.equal(result.notFound, 'Not Found');
  assert.equal(result.fallback, 'nginx');
  assert.equal(result.rateLimit, 429);
  assert.ok(result.count >= 100);
});

test('in Node, explainResponse works after ready, from the reader\'s wasm on disk, and throws with a reason for what is not a response', () => {
  const output = node(`
    const embed = await import(${JSON.stringify(join(DIST, 'http-status.js'))});
    await embed.ready;
    const explanation = embed.explainResponse('HTTP/1.1 401 Unauthorized\\nContent-Type: text/html\\n\\n');
    let thrown = null;
    try { embed.explainResponse('Content-Type: text/html'); } catch (error) { thrown = { error: error instanceof Error, reason: error.reason, message: error.message }; }
    console.log(JSON.stringify({ code: explanation.steps[0].code, flag: explanation.flags[0].id, thrown }));
  `);
  const { code, flag, thrown } = JSON.parse(output);
  assert.equal(code, 401);
  assert.equal(flag, 'missing-www-authenticate');
  assert.equal(thrown.error, true);
  assert.equal(thrown.reason, 'noStatusLine');
  assert.match(thrown.message, /no status line/);
});

test('in Node, explainResponse reads text beyond ASCII whole: accents, emoji, and a lone surrogate as U+FFFD', () => {
  const output = node(`
    const embed = await import(${JSON.stringify(join(DIST, 'http-status.js'))});
    await embed.ready;
    const explanation = embed.explainResponse('HTTP/1.1 200 OK\\r\\nContent-Type: text/plain; charset=utf-8\\r\\nX-Name: Zoë 😀 a\\uD800b\\r\\n\\r\\nhéllo 😀');
    console.log(JSON.stringify({ headers: explanation.steps[0].headers, bodyLength: explanation.steps[0].bodyLength }));
  `);
  const { headers, bodyLength } = JSON.parse(output);
  assert.deepEqual(headers.map((header) => header.value), ['text/plain; charset=utf-8', 'Zoë 😀 a\uFFFDb']);
  // The body's UTF-8 bytes: h, é (2), l, l, o, a space and 😀 (4).
  assert.equal(bodyLength, 11);
});

test('in Node, the long prose is null until loadProse reads it from disk', () => {
  const output = node(`
    const embed = await import(${JSON.stringify(join(DIST, 'http-status.js'))});
    await embed.ready;
    const before = embed.lookup(404);
    await embed.loadProse();
    const after = embed.lookup(404);
    console.log(JSON.stringify({ before: [before.explanation, before.example, before.causes, before.relatedNotes], after }));
  `);
  const { before, after } = JSON.parse(output);
  assert.deepEqual(before, [null, null, null, null]);
  assert.match(after.explanation, /\S/);
  assert.match(after.example, /^HTTP\/1\.1 404 Not Found/);
  assert.ok(after.causes.length > 0);
  assert.deepEqual(after.relatedNotes.map((related) => related.code), after.related);
});

test('in Node, a missing wasm leaves the process running: ready rejects for whoever awaits it, nobody else hears of it', async () => {
  const folder = await mkdtemp(join(tmpdir(), 'http-status-'));
  try {
    // Every file but the wasm binaries.
    const { parts } = JSON.parse(await readFile(join(DIST, 'http-status-files.json'), 'utf8'));
    for (const file of [...parts.entry, ...parts.element, ...parts.app, ...parts.reader].filter((name) => !name.endsWith('.wasm'))) await copyFile(join(DIST, file), join(folder, file));
    const entry = JSON.stringify(join(folder, 'http-status.js'));
    // Imported and never awaited: the process ends normally, with nothing on stderr.
    assert.equal(node(`await import(${entry}); await new Promise((resolve) => setTimeout(resolve, 200)); console.log('still running');`), 'still running\n');
    const awaited = node(`
      const embed = await import(${entry});
      try { await embed.ready; console.log('resolved'); } catch (error) { console.log('rejected: ' + error.code); }
      try { embed.lookup(404); } catch (error) { console.log(error.message); }
    `);
    assert.equal(awaited, 'rejected: ENOENT\nhttp-status: wait for `ready` before calling lookup, search, codes or explainResponse\n');
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});
