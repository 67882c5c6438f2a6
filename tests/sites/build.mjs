// Builds the small documentation sites in tests/sites/ from the current dist/, the way the
// README's recipes say: mdBook with the embed's files copied into the site and its preprocessor
// (crates/mdbook); VitePress and Docusaurus with the plugins of plugins/js, MkDocs and Sphinx with
// those of plugins/python (installed from wheels into tests/sites/.venv by `make python-plugins`),
// which pre-render badges and cards from dist/'s table and publish the files themselves; then the
// site's own build.
// Each build's output is kept in tests/sites/<site>/build.log for the suite to read.
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const { parts } = JSON.parse(await readFile(join(ROOT, 'dist/http-status-files.json'), 'utf8'));
const EMBED_FILES = [...Object.values(parts).flat(), 'http-status.css'];

const PYTHON_TOOLS = join(ROOT, 'tests/sites/.venv/bin');

const SITES = [
  { name: 'mdbook', assets: 'src/http-status', build: ['mdbook', ['build']] },
  { name: 'vitepress', build: [join(ROOT, 'tests/sites/vitepress/node_modules/.bin/vitepress'), ['build', 'docs']] },
  { name: 'docusaurus', build: [join(ROOT, 'tests/sites/docusaurus/node_modules/.bin/docusaurus'), ['build']] },
  // Both Python tools quiet: only warnings and errors, which the suite looks for (their progress
  // lines name the folder, whatever it is called). Material's notice of its end of life (May
  // 2027) is not about the element: silenced as it says.
  { name: 'mkdocs', build: [join(PYTHON_TOOLS, 'mkdocs'), ['build', '--clean', '--quiet']], env: { NO_MKDOCS_2_WARNING: '1' } },
  { name: 'sphinx', build: [join(PYTHON_TOOLS, 'sphinx-build'), ['-q', '-E', '-b', 'html', '.', '_build/html']] },
];

for (const site of SITES) {
  const folder = join(ROOT, 'tests/sites', site.name);
  if (site.assets) {
    await mkdir(join(folder, site.assets), { recursive: true });
    for (const file of EMBED_FILES) await copyFile(join(ROOT, 'dist', file), join(folder, site.assets, file));
  }
  const [command, args] = site.build;
  // Both streams together, as an author would read them in a terminal.
  const output = execFileSync('sh', ['-c', '"$0" "$@" 2>&1', command, ...args], { cwd: folder, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...site.env } });
  await writeFile(join(folder, 'build.log'), output);
  console.log(`built the ${site.name} site`);
}
