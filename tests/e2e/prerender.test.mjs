// Badges and cards pre-rendered into the page (crates/prerender, written here with the Node
// export over a page of ours): painted with scripts disabled, adopted by the element without a
// change to their nodes and without a shift, drawn afresh when another build wrote them, and
// rendered from a `<template shadowrootmode>` that arrives as DOM (client-side navigation).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, allRendered, useServerAndBrowser } from './harness.mjs';

const { prerender, prerenderElement, prerenderTable } = await import(join(ROOT, 'dist/http-status-prerender.js'));
const BASE = '/dist/';

const ARTICLE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>Pre-rendered</title>
<link rel="stylesheet" href="/dist/http-status.css">
<script type="module" src="/dist/http-status.js"></script>
<style>body { font: 17px/1.6 Georgia, serif; max-width: 44em; margin: 2em auto; padding: 0 1em; }</style>
</head><body>
<h1>Errors</h1>
<p>Too fast? The API answers <http-status code="429" view="badge">429 Too Many Requests</http-status>, and then waits.</p>
<http-status code="404">404 Not Found</http-status>
<p>Text after the card.</p>
<http-status code="nope" view="badge">nope</http-status>
<http-status code="500" id="stale">500</http-status>
<p>The end.</p>
<script>
  // Before any module runs: the nodes the parser built, to compare with what the element keeps.
  window.__parsed = [...document.querySelectorAll('http-status')].map((host) => host.shadowRoot?.querySelector('.root') ?? null);
  window.__mutations = 0;
  for (const root of window.__parsed) if (root) new MutationObserver((records) => { window.__mutations += records.length; }).observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
</script>
</body></html>
`;

/** The article pre-rendered, with the `#stale` card stamped by another build. */
function prerenderedArticle() {
  const { html, unknownCodes } = prerender(ARTICLE, { base: BASE });
  assert.deepEqual(unknownCodes, ['nope']);
  const { version } = prerenderTable();
  const stale = html.replace(/(<http-status code="500" id="stale"><template[^]*?data-prerendered=")[0-9a-f]{16}/, '$10000000000000000');
  assert.notEqual(stale, html);
  assert.equal(stale.split(version).length, 3, 'two roots of this build remain');
  return stale;
}

const folder = await mkdtemp(join(tmpdir(), 'http-status-prerendered-'));
await writeFile(join(folder, 'article.html'), prerenderedArticle());
const shared = useServerAndBrowser({ mounts: { '/prerendered/': folder } });

/** Each host's box and whether its shadow root holds a styled badge or card. */
const boxes = (page) => page.evaluate(() => [...document.querySelectorAll('http-status')].map((host) => {
  const box = host.getBoundingClientRect();
  const drawn = host.shadowRoot?.querySelector('.badge, .card');
  const content = drawn?.getBoundingClientRect().height ?? 0;
  return { top: Math.round(box.top), height: Math.round(box.height), width: Math.round(box.width), band: Math.round(box.height - content), styled: Boolean(drawn) && getComputedStyle(drawn).borderTopStyle !== 'none' };
}));

test('with scripts disabled, badges and cards are painted from the HTML, styled by the linked stylesheet', async () => {
  const page = await shared.open('/prerendered/article.html?nojs', { ready: false });
  await page.waitFor(() => document.readyState === 'complete');
  const state = await page.evaluate(() => ({
    defined: Boolean(customElements.get('http-status')),
    badge: document.querySelector('http-status[view=badge]').shadowRoot?.querySelector('.badge')?.textContent,
    card: document.querySelector('http-status[code="404"]').shadowRoot?.querySelector('.card .code')?.textContent,
    unknown: Boolean(document.querySelector('http-status[code=nope]').shadowRoot),
  }));
  assert.equal(state.defined, false, 'no script ran');
  assert.equal(state.badge, '429 Too Many Requests');
  assert.equal(state.card, '404');
  assert.equal(state.unknown, false, 'an unknown code is left for the browser');
  const [badge, card] = await boxes(page);
  assert.ok(badge.styled && card.styled, 'the linked stylesheet styles them');
  assert.ok(Math.abs(card.band) <= 8, `the card's box is its drawing's, no band: ${card.band} px`);
});

test('the element adopts the pre-rendered roots as they are: same nodes, no mutation, no shift', async () => {
  const still = await shared.open('/prerendered/article.html?nojs', { ready: false });
  await still.waitFor(() => document.readyState === 'complete');
  const before = await boxes(still);
  await still.close(); // WebKitWebDriver drives one page at a time
  const page = await shared.open('/prerendered/article.html', { ready: false });
  await allRendered(page);
  const adopted = await page.evaluate(() => [...document.querySelectorAll('http-status')].map((host, index) => host.shadowRoot.querySelector('.root') === window.__parsed[index]));
  assert.deepEqual(adopted, [true, true, false, false], 'badge and card kept; the unknown code drawn; the other build\'s card drawn afresh');
  assert.equal(await page.evaluate(() => window.__mutations), 0, 'no change inside an adopted root');
  const stale = await page.evaluate(() => document.getElementById('stale').shadowRoot.querySelectorAll('.root').length);
  assert.equal(stale, 1, 'the stale root gave way to the new drawing');
  const after = await boxes(page);
  assert.deepEqual(after.slice(0, 2), before.slice(0, 2), 'badge and card sit where the page without scripts put them');
  assert.ok(Math.abs(after[1].band) <= 8, `no band under the adopted card: ${after[1].band} px`);
  const shifts = await page.evaluate(() => window.__harness.layoutShifts);
  assert.ok(shifts.every((value) => value < 0.001) || shifts.length === 0, `layout shifts: ${shifts}`);
  // Interactive once adopted: the copy buttons and Explain answer.
  await page.click('http-status[code="404"] >>> button.toggle');
  await page.waitFor(() => document.querySelector('http-status[code="404"]').shadowRoot.querySelector('.explainer, [id^=details-]:not([hidden])'));
  assert.deepEqual(await page.problems(), []);
});

test('a pre-rendered template inserted as DOM (client-side navigation) renders, and a stale one is redrawn', async () => {
  const page = await shared.open('/pages/blank.html');
  const { template } = prerenderElement({ code: '404' }, { base: BASE });
  const result = await page.evaluate((template) => {
    const host = document.createElement('http-status');
    host.setAttribute('code', '404');
    host.innerHTML = template;
    document.body.append(host);
    const other = document.createElement('http-status');
    other.setAttribute('code', '429');
    other.setAttribute('view', 'badge');
    other.innerHTML = template; // the 404 card's markup under a 429 badge: not adopted
    document.body.append(other);
    return [host, other].map((element) => ({
      adopted: [...(element.shadowRoot?.children ?? [])].some((child) => child.matches('.root[data-prerendered]')),
      shown: element.shadowRoot?.querySelector('.badge, .card .code')?.textContent,
      roots: element.shadowRoot?.querySelectorAll('.root').length,
    }));
  }, template);
  assert.deepEqual(result, [{ adopted: true, shown: '404', roots: 1 }, { adopted: false, shown: '429 Too Many Requests', roots: 1 }]);
  assert.deepEqual(await page.problems(), []);
});
