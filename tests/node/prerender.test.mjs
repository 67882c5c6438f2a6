// The Node export for build tools and docs plugins (dist/http-status-prerender.js): it looks
// badges and cards up in the build's table, and writes what the command line writes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const { prerender, prerenderElement, prerenderTable } = await import(join(ROOT, 'dist/http-status-prerender.js'));
const table = prerenderTable();

test('a badge and a card are their stamped roots in a template linking the stylesheet from base', () => {
  const badge = prerenderElement({ code: ' 429 ', view: 'Badge' }, { base: '/h/' });
  assert.equal(badge.template, `<template shadowrootmode="open"><link rel="stylesheet" href="/h/http-status-shadow.css">${table.views.badge['429']}</template>`);
  assert.match(table.views.badge['429'], new RegExp(`^<div class="root" data-prerendered="${table.version} badge 429">`));
  const card = prerenderElement({ code: '404' }, { base: '/h/' });
  assert.ok(card.template.includes(`data-prerendered="${table.version} card 404"`));
});

test('vendor labels resolve as the element resolves them, case-insensitively when unambiguous', () => {
  for (const code of ['500.19', 'H12', 'h12', '1020']) {
    const result = prerenderElement({ code, view: 'badge' }, { base: '/' });
    assert.ok('template' in result, code);
  }
  assert.notEqual(table.spellings.sH, table.spellings.SH, "HAProxy's sH and SH are different records");
});

test('unknown codes are reported, other views and code-less elements are left alone', () => {
  assert.deepEqual(prerenderElement({ code: 'abc' }, { base: '/' }), { unknownCode: 'abc' });
  assert.deepEqual(prerenderElement({ code: '999', view: 'badge' }, { base: '/' }), { unknownCode: '999' });
  assert.equal(prerenderElement({ code: '404', view: 'explainer' }, { base: '/' }), null);
  assert.equal(prerenderElement({ view: 'badge' }, { base: '/' }), null);
  assert.ok(prerenderElement({ code: '404' }, { base: '"><script>' }).template.includes('href="&quot;&gt;&lt;script&gt;http-status-shadow.css"'));
});

test('prerender() over HTML gives what the command line gives, and running it twice changes nothing', async () => {
  const page = '<p><http-status code="429" view="badge">429</http-status> <http-status view=badge code=\'H12\'></http-status></p>\n<http-status code="404" title="a > b">404</http-status>\n<http-status code="x"></http-status><http-status code="500"/>tail\n';
  const node = prerender(page, { base: '/assets/' });
  assert.deepEqual(node.unknownCodes, ['x']);
  assert.deepEqual(prerender(node.html, { base: '/assets/' }), node);
  const folder = await mkdtemp(join(tmpdir(), 'http-status-prerender-node-'));
  const file = join(folder, 'page.html');
  await writeFile(file, page);
  execFileSync('cargo', ['run', '--quiet', '-p', 'http-status-cli', '--', '--prerender', '--base', '/assets/', file], { cwd: ROOT, stdio: ['ignore', 'ignore', 'ignore'] });
  assert.equal(node.html, await readFile(file, 'utf8'));
});
