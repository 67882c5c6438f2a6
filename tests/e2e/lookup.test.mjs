// The lookup app (dist/lookup/, written by crates/site): the search box first and focused, handed
// over to the element's without moving; `?q=` as a search; a record's page read without
// JavaScript and opened in the app with it; history through the codes opened; installability
// (manifest, icons, OpenSearch, the service worker in control); and a reload with the network
// gone after a first visit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ENGINE, useServerAndBrowser, waitForShadow } from './harness.mjs';

const shared = useServerAndBrowser();
const APP = '/dist/lookup/';

/** The element's explainer panel is open on `title` ("429 Too Many Requests"). */
function panelOpenOn(tab, title) {
  return tab.waitFor((label) => Boolean(document.querySelector('http-status')?.shadowRoot?.querySelector(`.panel[aria-label="${label} explained"]`)), title);
}

/** The page's path, hash and search. */
function address(tab) {
  return tab.evaluate(() => location.pathname + location.search + location.hash);
}

for (const width of [390, 1280]) test(`at ${width} px, the first page focuses its search box, which the element takes over in place, focus and all`, async () => {
  // Before the wasm arrives: /nowasm/ serves the same files, but never the wasm.
  const waiting = await shared.open('/nowasm/lookup/', { ready: false, viewport: { width, height: 800 } });
  // WebKit gives focus once its window is active, a moment after the load under WebDriver.
  await waiting.waitFor(() => document.activeElement === document.querySelector('.fallback-search input'));
  const plain = await waiting.evaluate(() => {
    const box = document.querySelector('.fallback-search input').getBoundingClientRect();
    return { top: box.top, left: box.left, width: box.width, height: box.height };
  });
  // WebKitWebDriver drives one page at a time.
  await waiting.close();
  const tab = await shared.open(APP, { ready: false, viewport: { width, height: 800 } });
  await waitForShadow(tab, '[part="search"]');
  const drawn = await tab.waitFor(() => {
    const host = document.querySelector('http-status');
    const search = host.shadowRoot.querySelector('[part="search"]');
    if (host.shadowRoot.activeElement !== search) return null;
    const box = search.getBoundingClientRect();
    return { top: box.top, left: box.left, width: box.width, height: box.height };
  });
  for (const side of ['top', 'left', 'width', 'height']) {
    assert.ok(Math.abs(drawn[side] - plain[side]) <= 1.5, `the element's search box lands where the plain one was (${side}: ${plain[side]} → ${drawn[side]})`);
  }
  await tab.type('gateway');
  assert.equal(await address(tab), `${APP}?q=gateway`, 'a search on the first page lives in ?q=');
  assert.deepEqual(await tab.problems(), []);
});

test('?q= opens a search', async () => {
  const tab = await shared.open(`${APP}?q=too%20many%20requests`, { ready: false });
  await waitForShadow(tab, '[part="card"][data-id="429"]');
  assert.equal(await tab.evaluate(() => document.querySelector('http-status').shadowRoot.querySelector('[part="search"]').value), 'too many requests');
  assert.deepEqual(await tab.problems(), []);
});

test("a record's page reads right with scripts disabled", async () => {
  const tab = await shared.open(`${APP}429/?nojs`, { ready: false });
  const page = await tab.evaluate(() => ({
    defined: Boolean(customElements.get('http-status')),
    title: document.title,
    heading: document.querySelector('h1')?.textContent,
    text: document.body.innerText,
    canonical: document.querySelector('link[rel="canonical"]')?.href,
    image: document.querySelector('meta[property="og:image"]')?.content,
    search: document.querySelector('link[rel="search"]')?.href,
    related: document.querySelector('.record a[href="../503/"]')?.textContent,
  }));
  assert.equal(page.defined, false, 'no script ran');
  assert.equal(page.title, '429 Too Many Requests · HTTP status lookup');
  assert.equal(page.heading, '429 Too Many Requests');
  for (const words of ['You hit a rate limit.', 'When to send it', 'Retry-After', 'IANA, permanent', 'Common causes', 'HTTP/1.1 429 Too Many Requests']) {
    assert.ok(page.text.includes(words), `"${words}" reads on the page`);
  }
  assert.match(page.canonical, /^https?:\/\/[^/]+\/.*429\/$/, 'the canonical URL is absolute');
  assert.match(page.image, /^https?:\/\//);
  assert.ok(page.search.endsWith('/dist/lookup/opensearch.xml'));
  assert.equal(page.related, '503 Service Unavailable', 'related codes link to their pages');
});

test("a record's page opens its record in the app, and back and forward move between the codes opened", async () => {
  const tab = await shared.open(`${APP}429/`, { ready: false });
  await panelOpenOn(tab, '429 Too Many Requests');
  assert.equal(await tab.evaluate(() => location.pathname), `${APP}429/`);
  // The sections after the prose show once it has arrived (nothing moves under the reader).
  await tab.waitFor(() => document.querySelector('http-status').shadowRoot.querySelector('.panel button.related-code[data-id="503"]')?.getClientRects().length > 0);
  await tab.click('http-status >>> .panel button.related-code[data-id="503"]');
  await panelOpenOn(tab, '503 Service Unavailable');
  await tab.waitFor((path) => location.pathname + location.hash === path, `${APP}503/`);
  assert.equal(await tab.evaluate(() => document.title), '503 Service Unavailable · HTTP status lookup');
  await tab.evaluate(() => history.back());
  await panelOpenOn(tab, '429 Too Many Requests');
  await tab.waitFor((path) => location.pathname === path, `${APP}429/`);
  assert.equal(await tab.evaluate(() => document.title), '429 Too Many Requests · HTTP status lookup');
  await tab.evaluate(() => history.forward());
  await panelOpenOn(tab, '503 Service Unavailable');
  await tab.waitFor((path) => location.pathname === path, `${APP}503/`);
  assert.equal(await tab.evaluate(() => document.querySelector('.copy-link').hidden), false, 'a record has its copy-link button');
  assert.deepEqual(await tab.problems(), []);
});

test('from the first page, a code opened is a step in history, and back closes it', async () => {
  const tab = await shared.open(`${APP}?q=cloudflare%201020`, { ready: false });
  await tab.click('http-status >>> [part="card"][data-id="1020-cloudflare"]');
  await panelOpenOn(tab, '1020 Access denied');
  await tab.waitFor((path) => location.pathname === path, `${APP}cloudflare/1020/`);
  await tab.evaluate(() => history.back());
  await tab.waitFor(() => !document.querySelector('http-status').shadowRoot.querySelector('.panel'));
  assert.equal(await address(tab), `${APP}?q=cloudflare%201020`);
  assert.equal(await tab.evaluate(() => document.querySelector('.copy-link').hidden), true, 'no record, no link to copy');
  assert.deepEqual(await tab.problems(), []);
});

test("a guide answer's page opens the guide at that answer", async () => {
  const tab = await shared.open(`${APP}guide/upstream/timeout/`, { ready: false });
  await tab.waitFor(() => document.querySelector('http-status')?.shadowRoot?.querySelector('[part="guide"]')?.textContent.includes('504 Gateway Timeout'));
  assert.equal(await address(tab), `${APP}guide/upstream/timeout/#guide/upstream/timeout`, 'the guide keeps its link in the hash');
  assert.equal(await tab.evaluate(() => document.title), '504 Gateway Timeout — Which status code should I return? · HTTP status lookup');
  assert.deepEqual(await tab.problems(), []);
});

test('installable: the manifest, its icons, the OpenSearch description', async () => {
  const tab = await shared.open(`${APP}404/`, { ready: false });
  const found = await tab.evaluate(async () => {
    const manifestUrl = document.querySelector('link[rel="manifest"]').href;
    const manifest = await (await fetch(manifestUrl)).json();
    const icons = await Promise.all(manifest.icons.map(async (icon) => {
      const response = await fetch(new URL(icon.src, manifestUrl));
      const bytes = new Uint8Array(await response.arrayBuffer());
      const view = new DataView(bytes.buffer);
      // A PNG's width and height are in its header chunk, at bytes 16 and 20.
      const size = icon.type === 'image/png' ? `${view.getUint32(16)}x${view.getUint32(20)}` : 'any';
      return { sizes: icon.sizes, size, type: response.headers.get('content-type'), ok: response.ok, purpose: icon.purpose ?? 'any' };
    }));
    const search = await (await fetch(document.querySelector('link[rel="search"]').href)).text();
    return { manifest, icons, search };
  });
  assert.equal(found.manifest.name, 'HTTP status lookup');
  assert.equal(found.manifest.display, 'standalone');
  assert.equal(found.manifest.start_url, './');
  for (const icon of found.icons) {
    assert.ok(icon.ok, `${icon.sizes} icon served`);
    assert.equal(icon.size, icon.sizes, 'each PNG icon is the size the manifest says');
  }
  assert.ok(found.icons.some((icon) => icon.sizes === '192x192') && found.icons.some((icon) => icon.sizes === '512x512'));
  assert.ok(found.icons.some((icon) => icon.purpose === 'maskable'));
  assert.match(found.search, /<Url type="text\/html" method="get" template="https?:\/\/[^"]+\?q=\{searchTerms\}"\/>/);
});

test('after a first visit, the service worker controls the app and a reload with the network off works', async (context) => {
  const tab = await shared.open(`${APP}404/`, { ready: false });
  const supported = await tab.evaluate(() => 'serviceWorker' in navigator);
  if (!supported) {
    context.skip(`${ENGINE} has no service workers here`);
    return;
  }
  await panelOpenOn(tab, '404 Not Found');
  // Installed (every file precached) and in control of the page.
  await tab.waitFor(() => navigator.serviceWorker.ready.then(() => Boolean(navigator.serviceWorker.controller)));
  const cached = await tab.evaluate(async () => (await Promise.all((await caches.keys()).map(async (name) => (await (await caches.open(name)).keys()).length))).reduce((a, b) => a + b, 0));
  assert.ok(cached > 300, `the pages and files are precached (${cached})`);
  shared.server.setOffline(true);
  try {
    await tab.evaluate(() => fetch('/dist/lookup/no-such-file').then(() => 'online', () => 'offline')).then((state) => assert.equal(state, 'offline', 'the network is gone'));
    await tab.goto(shared.url(`${APP}404/`));
    await panelOpenOn(tab, '404 Not Found');
    await tab.goto(shared.url(`${APP}cloudflare/1020/`));
    await panelOpenOn(tab, '1020 Access denied');
    await tab.goto(shared.url(`${APP}?q=gateway`));
    await waitForShadow(tab, '[part="card"][data-id="504"]');
  } finally {
    shared.server.setOffline(false);
  }
});
