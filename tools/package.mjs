// `make package`: an npm package of the embed in package/, and its tarball (`npm pack`).
// Its package.json follows the conventions of published web components: ES modules only, an
// exports map with types first, the manifest under `customElements`, a sideEffects allow-list
// of the modules that define the element, and the version from Cargo.toml. Framework typings
// (React 19 JSX, Vue, Svelte) and editor data (VS Code, JetBrains) are written from the
// element's contract, like the manifest.
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { reactTypes, svelteTypes, vscodeData, vueTypes, webTypes } from './contract.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const PACKAGE = join(ROOT, 'package');
export const NAME = 'http-status-element';

/** The files of dist/ the package ships: everything a page loads (the build's list), the stylesheet, types and data. */
async function distFiles() {
  const { parts } = JSON.parse(await readFile(join(ROOT, 'dist/http-status-files.json'), 'utf8'));
  return [...Object.values(parts).flat(), 'http-status-files.json', 'http-status.css', 'http-status.d.ts', 'custom-elements.json', 'http-status-codes.json', 'http-status-prerendered.json', 'http-status-prerender.js', 'http-status-prerender.d.ts'];
}

export async function version() {
  const cargo = await readFile(join(ROOT, 'Cargo.toml'), 'utf8');
  return cargo.match(/^version = "([^"]+)"/m)[1];
}

async function main() {
  const packageVersion = await version();
  await rm(PACKAGE, { recursive: true, force: true });
  await mkdir(join(PACKAGE, 'dist'), { recursive: true });
  const { element, app, reader } = JSON.parse(await readFile(join(ROOT, 'dist/http-status-files.json'), 'utf8'));
  for (const file of await distFiles()) await copyFile(join(ROOT, 'dist', file), join(PACKAGE, 'dist', file));
  const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
  await writeFile(join(PACKAGE, 'dist/react.d.ts'), reactTypes());
  await writeFile(join(PACKAGE, 'dist/vue.d.ts'), vueTypes());
  await writeFile(join(PACKAGE, 'dist/svelte.d.ts'), svelteTypes());
  await writeFile(join(PACKAGE, 'dist/vscode.html-custom-data.json'), json(vscodeData()));
  await writeFile(join(PACKAGE, 'dist/web-types.json'), json(webTypes(NAME, packageVersion)));
  await copyFile(join(ROOT, 'README.md'), join(PACKAGE, 'README.md'));
  const cargo = await readFile(join(ROOT, 'Cargo.toml'), 'utf8');
  const manifest = {
    name: NAME,
    version: packageVersion,
    description: cargo.match(/^description = "([^"]+)"/m)[1],
    license: cargo.match(/^license = "([^"]+)"/m)[1],
    type: 'module',
    main: './dist/http-status.js',
    module: './dist/http-status.js',
    types: './dist/http-status.d.ts',
    exports: {
      '.': {
        types: './dist/http-status.d.ts',
        // Safe in Node: it defines nothing there and reads the wasm from disk for the lookups.
        node: './dist/http-status.js',
        default: './dist/http-status.js',
      },
      './http-status.css': './dist/http-status.css',
      './codes.json': './dist/http-status-codes.json',
      // Build tools and docs plugins: badges and cards as Declarative Shadow DOM (Node only).
      './prerender': { types: './dist/http-status-prerender.d.ts', default: './dist/http-status-prerender.js' },
      './prerendered.json': './dist/http-status-prerendered.json',
      './custom-elements.json': './dist/custom-elements.json',
      [`./${element.wasm}`]: `./dist/${element.wasm}`,
      [`./${app.wasm}`]: `./dist/${app.wasm}`,
      [`./${reader.wasm}`]: `./dist/${reader.wasm}`,
      './http-status-prose.txt': './dist/http-status-prose.txt',
      './http-status-search-words.txt': './dist/http-status-search-words.txt',
      './react': { types: './dist/react.d.ts' },
      './vue': { types: './dist/vue.d.ts' },
      './svelte': { types: './dist/svelte.d.ts' },
      './package.json': './package.json',
    },
    customElements: './dist/custom-elements.json',
    'web-types': './dist/web-types.json',
    // Importing the entry defines the element: bundlers must keep these modules.
    sideEffects: ['./dist/http-status.js', './dist/element.js', `./dist/${element.glue}`, `./dist/${app.glue}`],
    files: ['dist', 'README.md'],
    keywords: ['http', 'status-codes', 'web-component', 'custom-element', 'webassembly', 'documentation'],
  };
  await writeFile(join(PACKAGE, 'package.json'), json(manifest));
  execFileSync('npm', ['pack', '--silent', '--pack-destination', PACKAGE], { cwd: PACKAGE, stdio: ['ignore', 'ignore', 'inherit'] });
  console.log(`package/ and package/${NAME}-${packageVersion}.tgz are ready`);
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) await main();
