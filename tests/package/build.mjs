// Installs the packed tarball (package/, from `make package`) into these apps, offline from the
// file, and builds them the way the README's Install section says. The suite then opens them.
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const ROOT = join(HERE, '../..');
const { version } = JSON.parse(await readFile(join(ROOT, 'package/package.json'), 'utf8'));
const run = (command, args, cwd = HERE) => execFileSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });

// The suite's console watcher, for the pages Vite's dev server serves itself.
await mkdir(join(HERE, 'vite/public'), { recursive: true });
await copyFile(join(ROOT, 'tests/e2e/watch.js'), join(HERE, 'vite/public/watch.js'));
run('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--offline', join(ROOT, `package/http-status-element-${version}.tgz`)]);
const bin = (name) => join(HERE, 'node_modules/.bin', name);
for (const app of ['vite', 'react']) run(bin('vite'), ['build', '--base', './', '--logLevel', 'warn'], join(HERE, app));
run(bin('esbuild'), ['esbuild/main.js', '--bundle', '--format=esm', '--outdir=esbuild/out', '--log-level=warning']);
await mkdir(join(HERE, 'esbuild/out'), { recursive: true });
const { element, app, reader, parts } = JSON.parse(await readFile(join(ROOT, 'dist/http-status-files.json'), 'utf8'));
for (const file of [element.wasm, app.wasm, reader.wasm, ...parts.prose]) {
  await copyFile(join(HERE, 'node_modules/http-status-element/dist', file), join(HERE, 'esbuild/out', file));
}
// The React app's types, checked against the package's typings.
run(join(ROOT, 'node_modules/.bin/tsc'), ['-p', 'react/tsconfig.json']);
console.log(`built the package apps with http-status-element ${version}`);
