// The packed npm package, installed from its tarball into tests/package/ (make package-apps), as
// Node resolves it: the `node` export is safe to import and its lookups work, the database is its
// own export, and package.json says what published web components say.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const APPS = fileURLToPath(new URL('../package/', import.meta.url));

test('import("http-status-element") in Node resolves the node export, defines nothing and looks codes up', () => {
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', `
    const embed = await import('http-status-element');
    await embed.ready;
    const { default: database } = await import('http-status-element/codes.json', { with: { type: 'json' } });
    console.log(JSON.stringify({ phrase: embed.lookup(404).phrase, entries: database.length === embed.codes().length, element: typeof customElements }));
  `], { cwd: APPS, encoding: 'utf8' });
  assert.deepEqual(JSON.parse(output), { phrase: 'Not Found', entries: true, element: 'undefined' });
});

test('package.json follows the conventions of published web components', async () => {
  const manifest = JSON.parse(await readFile(new URL('node_modules/http-status-element/package.json', `file://${APPS}`), 'utf8'));
  const cargo = await readFile(new URL('../../Cargo.toml', import.meta.url), 'utf8');
  assert.equal(manifest.version, cargo.match(/^version = "([^"]+)"/m)[1], 'the version is Cargo.toml\'s');
  assert.equal(manifest.type, 'module');
  assert.deepEqual(Object.keys(manifest.exports['.']), ['types', 'node', 'default'], 'types first');
  assert.equal(manifest.customElements, './dist/custom-elements.json');
  assert.ok(Array.isArray(manifest.sideEffects) && manifest.sideEffects.includes('./dist/http-status.js'), 'an allow-list, never false');
  for (const types of ['./react', './vue', './svelte']) assert.ok(manifest.exports[types].types.endsWith('.d.ts'), types);
  assert.deepEqual(manifest.files, ['dist', 'README.md']);
});

test('the installed package pre-renders in Node: its prerender export reads the table it ships', () => {
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', `
    const { prerender } = await import('http-status-element/prerender');
    const { default: table } = await import('http-status-element/prerendered.json', { with: { type: 'json' } });
    const { html, unknownCodes } = prerender('<http-status code="404" view="badge"></http-status><http-status code="nope"></http-status>', { base: '/h/' });
    console.log(JSON.stringify({ stamped: html.includes('data-prerendered="' + table.version + ' badge 404"'), unknownCodes }));
  `], { cwd: APPS, encoding: 'utf8' });
  assert.deepEqual(JSON.parse(output), { stamped: true, unknownCodes: ['nope'] });
});
