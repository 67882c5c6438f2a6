// Writes http-status-files.json into the build's folder: the files of each wasm and the files
// each kind of page needs, which the tests, the benchmark and the npm package read instead of
// naming files themselves. The wasm files are named after their crates (Trunk and wasm-bindgen
// name them `<package>.js` and `<package>_bg.wasm`). Fails when a listed file is missing, or when
// the loader does not name one the way the build does.
// Usage: node tools/files.mjs DIR (Trunk's staging folder; by default dist/).
import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { version } from './package.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The package name in a crate's Cargo.toml. */
async function packageName(crate) {
  const manifest = await readFile(join(ROOT, 'crates', crate, 'Cargo.toml'), 'utf8');
  return manifest.match(/^name = "([^"]+)"/m)[1];
}

/** A wasm's glue module and binary, named after its crate's package less a "-glue" ending (tools/build-wasm.sh). */
async function wasmFiles(crate) {
  const name = (await packageName(crate)).replace(/-glue$/, '');
  return { glue: `${name}.js`, wasm: `${name}_bg.wasm` };
}

export async function fileList() {
  const element = await wasmFiles('element');
  const app = await wasmFiles('app');
  const reader = await wasmFiles('reader-glue');
  const parts = {
    // What every page loads: the entry module and the element's lifecycle module.
    entry: ['http-status.js', 'element.js'],
    // The small wasm: it defines the element and draws badges and cards.
    element: [element.glue, element.wasm],
    // The full wasm: every view, a card's explanation and the JS API; it also defines the element
    // and draws badges and cards, so a page that needs it from the start loads it alone.
    app: [app.glue, app.wasm],
    // The response reader: fetched when a response view connects, a response is pasted into the
    // browser, or a script awaits `ready` (for `explainResponse`).
    reader: [reader.glue, reader.wasm],
    // The long prose, fetched at once by a page with an explainer, and by any view when a reader
    // opens an explanation.
    prose: ['http-status-prose.txt'],
    // The prose's words, which the browser's search reads: a page with the browser fetches these
    // at once instead of the prose.
    searchWords: ['http-status-search-words.txt'],
    // The shadow roots' stylesheet, linked by badges and cards pre-rendered into a page (the
    // element adopts it from the wasm once it runs).
    prerendered: ['http-status-shadow.css'],
  };
  const pages = {
    badge: [...parts.entry, ...parts.element],
    card: [...parts.entry, ...parts.element],
    explainer: [...parts.entry, ...parts.app, ...parts.prose],
    browser: [...parts.entry, ...parts.app, ...parts.searchWords],
    response: [...parts.entry, ...parts.app, ...parts.reader],
    guide: [...parts.entry, ...parts.app],
  };
  return { version: await version(), element, app, reader, parts, pages };
}

async function main() {
  const folder = process.argv[2] ?? join(ROOT, 'dist');
  const list = await fileList();
  const missing = [];
  for (const file of new Set(Object.values(list.parts).flat())) {
    if (!(await stat(join(folder, file)).catch(() => null))) missing.push(file);
  }
  const loader = await readFile(join(folder, 'http-status.js'), 'utf8');
  for (const file of [list.element.glue, list.element.wasm, list.app.glue, list.app.wasm, list.reader.glue, list.reader.wasm, ...list.parts.prose]) {
    if (!loader.includes(`'./${file}'`) && !loader.includes(`"./${file}"`)) missing.push(`http-status.js naming ./${file}`);
  }
  const element = await readFile(join(folder, 'element.js'), 'utf8');
  for (const file of [...list.parts.prose, ...list.parts.searchWords]) {
    if (!element.includes(`'./${file}'`) && !element.includes(`"./${file}"`)) missing.push(`element.js naming ./${file}`);
  }
  if (missing.length) {
    console.error(`tools/files.mjs: missing from ${folder}: ${missing.join(', ')}`);
    process.exit(1);
  }
  await writeFile(join(folder, 'http-status-files.json'), `${JSON.stringify(list, null, 2)}\n`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
