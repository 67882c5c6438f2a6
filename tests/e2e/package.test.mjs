// The npm package as apps use it (tests/package/, built from the packed tarball by
// tests/package/build.mjs): a Vite app built and in Vite's dev server (Vite 8 as it is, Vite 7
// with the README's one line of configuration), a React 19 app that sets properties and listens
// to http-status-select, an esbuild bundle, and the package's files as a CDN serves them.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { freePort } from './engines.mjs';
import { FILES, ROOT, allRendered, useServerAndBrowser } from './harness.mjs';

const APPS = join(ROOT, 'tests/package');
const { version } = JSON.parse(await readFile(join(ROOT, 'package/package.json'), 'utf8'));
const CDN_PREFIX = `/npm/http-status-element@${version}/`;

const shared = useServerAndBrowser({
  mounts: {
    '/vite/': join(APPS, 'vite/dist'),
    '/react/': join(APPS, 'react/dist'),
    '/esbuild/': join(APPS, 'esbuild'),
    [CDN_PREFIX]: join(ROOT, 'package'),
  },
});

/** What each <http-status> on the page rendered: its first view's class. */
const rendered = (page) => page.evaluate(() => [...document.querySelectorAll('http-status')].map((element) => element.shadowRoot.querySelector('.badge, .card, .browser')?.classList[0]));

test('Vite build: the element renders from the built app, its wasm emitted and fetched once', async () => {
  const page = await shared.open('/vite/index.html', { ready: false });
  await allRendered(page);
  assert.deepEqual(await rendered(page), ['badge', 'card', 'browser']);
  assert.deepEqual(await page.problems(), []);
  // Vite names each asset `<name>-<hash>.wasm`.
  const wasm = (await page.requests()).filter((url) => url.endsWith('.wasm')).map((url) => new URL(url).pathname.split('/').pop().replace(/-[\w-]{8}\.wasm$/, '.wasm'));
  // The page shows a browser from the start: the full wasm alone, as for any such page.
  assert.deepEqual(wasm, FILES.pages.browser.filter((file) => file.endsWith('.wasm')));
});

test('React 19: properties set by React re-render the element, and onhttp-status-select hears the event', async () => {
  const page = await shared.open('/react/index.html', { ready: false });
  await allRendered(page);
  await page.waitFor(() => document.getElementById('card').shadowRoot.querySelector('.card .code')?.textContent === '404');
  await page.click('#next');
  await page.waitFor(() => document.getElementById('card').shadowRoot.querySelector('.card .code')?.textContent === '503');
  assert.equal(await page.evaluate(() => document.getElementById('card').code), '503');
  await page.click('#card >>> button.toggle');
  await page.waitFor(() => document.getElementById('opened').textContent === '503');
  assert.deepEqual(await page.problems(), []);
});

test('esbuild: the bundle renders with the wasm copied beside it', async () => {
  const page = await shared.open('/esbuild/index.html', { ready: false });
  await allRendered(page);
  assert.deepEqual(await rendered(page), ['badge', 'card']);
  assert.deepEqual(await page.problems(), []);
});

test('CDN: the package\'s entry, loaded as unpkg and jsDelivr serve files, works from its own folder', async () => {
  const page = await shared.open('/pages/no-embed.html', { ready: false });
  const outcome = await page.evaluate(async (entry) => {
    document.getElementById('main').innerHTML = '<http-status code="418" view="badge">418</http-status>';
    const embed = await import(entry);
    await embed.ready;
    await new Promise((resolve) => setTimeout(resolve, 0));
    return { badge: document.querySelector('http-status').shadowRoot.querySelector('.badge')?.textContent, phrase: embed.lookup(418).phrase };
  }, `${CDN_PREFIX}dist/http-status.js`);
  assert.deepEqual(outcome, { badge: '418 (Unused)', phrase: '(Unused)' });
  assert.deepEqual(await page.problems(), []);
});

/** Whether a server answers at url. */
const answers = (url) => fetch(url, { signal: AbortSignal.timeout(5_000) }).then(() => true, () => false);

for (const [label, vite, args] of [
  ['Vite 8 dev server, no configuration', 'vite', ['vite']],
  ['Vite 7 dev server, with optimizeDeps.exclude', 'vite7', ['--config', 'vite7.config.js']],
]) describe(label, () => {
  let server;
  let url;
  before(async () => {
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    let output = '';
    server = spawn(join(APPS, 'node_modules', vite, 'bin/vite.js'), [...args, '--port', String(port), '--strictPort', '--host', '127.0.0.1'], { cwd: APPS, stdio: ['ignore', 'pipe', 'pipe'] });
    server.stdout.on('data', (chunk) => { output += chunk; });
    server.stderr.on('data', (chunk) => { output += chunk; });
    // Asked over HTTP rather than read from its banner, which CI=1 prints in colour.
    const deadline = Date.now() + 60_000;
    while (!await answers(url)) {
      if (server.exitCode !== null || Date.now() > deadline) throw new Error(`${vite} did not answer at ${url}: ${output}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });
  after(() => server?.kill());

  test('the element renders, fetched through the dev server', async () => {
    const page = await shared.engine.newPage();
    try {
      await page.goto(`${url}/`);
      await allRendered(page);
      assert.deepEqual(await rendered(page), ['badge', 'card', 'browser']);
      assert.deepEqual(await page.problems(), []);
    } finally {
      await page.close();
    }
  });
});
