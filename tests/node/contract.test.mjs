// The element's contract is declared once (CONTRACT in crates/element/src/contract.js): the manifest, the
// TypeScript declarations and the README tables must say what it says.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

test('the manifest, the .d.ts and the README tables are written from the contract', () => {
  const tool = fileURLToPath(new URL('../../tools/contract.mjs', import.meta.url));
  assert.doesNotThrow(() => execFileSync(process.execPath, [tool, '--check'], { stdio: 'pipe' }), 'run `make contract`');
});
