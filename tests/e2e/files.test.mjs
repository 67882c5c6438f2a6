// What each kind of page fetches: exactly the files the build lists for it (http-status-files.json,
// written by tools/files.mjs), each once. A page of badges and cards never fetches the full wasm,
// even after a reader hovers or focuses a badge; the full wasm comes with a view that needs it,
// or with a reader's Explain on a card. The response reader's wasm comes with a response view, or
// with a response pasted into the browser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FILES, allRendered, networkIdle, useServerAndBrowser, waitForShadow } from './harness.mjs';

const shared = useServerAndBrowser();

/** The files of ours a page fetched, by name, in the order fetched. */
async function fetched(tab) {
  return (await tab.requests()).filter((url) => new URL(url).pathname.startsWith('/dist/')).map((url) => new URL(url).pathname.slice('/dist/'.length));
}

const KINDS = [
  { kind: 'badge', page: 'kind-badges.html', reader: async (tab) => {
    await tab.hover('http-status >>> .badge');
    await tab.focus('http-status:nth-of-type(2) >>> .badge');
  } },
  { kind: 'card', page: 'kind-cards.html' },
  { kind: 'browser', page: 'kind-browser.html' },
  // Neither a view nor a code: the browser, chosen as the page loads like an explicit one.
  { kind: 'browser', page: 'kind-default-browser.html' },
  { kind: 'explainer', page: 'kind-explainer.html' },
  { kind: 'response', page: 'kind-response.html' },
];

for (const { kind, page, reader } of KINDS) {
  test(`a page with a ${kind} (${page}) fetches the files the build lists for it, each once`, async () => {
    const tab = await shared.open(`/pages/${page}`, { ready: false });
    await allRendered(tab);
    await reader?.(tab);
    await networkIdle(tab);
    const files = await fetched(tab);
    assert.deepEqual([...files].sort(), [...FILES.pages[kind]].sort(), `fetched: ${files.join(', ')}`);
    assert.deepEqual(await tab.problems(), []);
  });
}

test('Explain on a card the small wasm drew fetches the full wasm and opens the explanation in place', async () => {
  const tab = await shared.open('/pages/kind-cards.html', { ready: false });
  await allRendered(tab);
  await networkIdle(tab);
  assert.deepEqual([...(await fetched(tab))].sort(), [...FILES.pages.card].sort());
  await tab.click('http-status >>> .toggle');
  await waitForShadow(tab, '.explainer .example');
  const state = await tab.evaluate(() => {
    const card = document.querySelector('http-status').shadowRoot;
    return { expanded: card.querySelector('.toggle').getAttribute('aria-expanded'), cards: card.querySelectorAll('.card').length, label: card.querySelector('.toggle').textContent };
  });
  assert.deepEqual(state, { expanded: 'true', cards: 1, label: 'Hide explanation' });
  await networkIdle(tab);
  const files = await fetched(tab);
  assert.deepEqual([...new Set(files)].sort(), [...new Set([...FILES.pages.card, ...FILES.parts.app, ...FILES.parts.prose])].sort());
  assert.equal(files.length, new Set(files).size, `nothing twice: ${files.join(', ')}`);
  assert.deepEqual(await tab.problems(), []);
});

test('a response pasted into the browser fetches the reader\'s wasm, once, and is explained', async () => {
  const tab = await shared.open('/pages/kind-browser.html', { ready: false });
  await allRendered(tab);
  await networkIdle(tab);
  assert.deepEqual([...(await fetched(tab))].sort(), [...FILES.pages.browser].sort(), 'no reader before a paste');
  await tab.evaluate((text) => {
    const input = document.querySelector('http-status').shadowRoot.querySelector('input[type=search]');
    const data = new DataTransfer();
    data.setData('text/plain', text);
    // Firefox empties a script-made DataTransfer handed to the event; it reads its own dataType/data instead.
    input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, dataType: 'text/plain', data: text, bubbles: true, cancelable: true, composed: true }));
  }, 'HTTP/1.1 401 Unauthorized\nContent-Type: text/html\n');
  await tab.waitFor(() => document.querySelector('http-status').shadowRoot.querySelector('.flag[data-flag="missing-www-authenticate"]'));
  // A second reading uses the reader already loaded.
  await tab.fill('http-status >>> textarea', 'HTTP/1.1 503 Service Unavailable\nRetry-After: 60');
  await tab.waitFor(() => document.querySelector('http-status').shadowRoot.querySelector('.status-line')?.textContent.includes('503'));
  await networkIdle(tab);
  const files = await fetched(tab);
  assert.deepEqual([...files].sort(), [...FILES.pages.browser, ...FILES.parts.reader].sort(), `fetched: ${files.join(', ')}`);
  assert.deepEqual(await tab.problems(), []);
});
