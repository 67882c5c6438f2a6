// What assistive technology reads: each engine's own accessibility tree, as far as it lets a test
// read it. Chromium gives role, name and description (CDP); WebKit role and name (WebDriver's Get
// Computed Role and Label); Firefox only finds an element by role and exact name (WebDriver BiDi's
// accessibility locator), and no engine but Chromium reports descriptions. Pre-rendered badges
// and cards are what readers get first: they are read with scripts disabled too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ENGINE, ROOT, allRendered, useServerAndBrowser } from './harness.mjs';

const embed = await import(join(ROOT, 'dist/http-status.js'));
await embed.ready;
const { prerender } = await import(join(ROOT, 'dist/http-status-prerender.js'));

const PRERENDERED = prerender(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Pre-rendered</title>
<link rel="stylesheet" href="/dist/http-status.css">
<script type="module" src="/dist/http-status.js"></script>
</head><body>
<p>Too fast? The API answers <http-status code="429" view="badge">429 Too Many Requests</http-status>.</p>
<http-status code="429">429 Too Many Requests</http-status>
</body></html>
`, { base: '/dist/' }).html;
const folder = await mkdtemp(join(tmpdir(), 'http-status-accessibility-'));
await writeFile(join(folder, 'article.html'), PRERENDERED);
const shared = useServerAndBrowser({ mounts: { '/prerendered/': folder } });

const BADGE = 'http-status[view=badge][code="429"] >>> .badge';
const CARD = 'http-status[code="429"]:not([view]) >>> article.card';
const EXPLAINER_HEADING = 'http-status[view=explainer] >>> .explainer h2';
const RESULT = 'http-status[view=browser] >>> .results button.card[data-id="100"]';

/** An entry's summary as it reads: the data's `backticks` are code formatting, not words. */
const summaryOf = (code) => embed.lookup(code).summary.replaceAll('`', '');
const TOO_MANY = { name: '429 Too Many Requests', description: summaryOf(429) };

/**
 * The element `selector` finds, scrolled into view: what `content-visibility: auto` skips (the
 * browser's results out of view) is in no engine's accessibility tree and copies as nothing.
 */
async function inView(page, selector) {
  await page.evaluate((selector) => {
    const [host, inside] = selector.split(' >>> ');
    document.querySelector(host).shadowRoot.querySelector(inside).scrollIntoView({ block: 'center' });
  }, selector);
  await page.frames();
}

/** Asserts what the engine reads for the element: everything it can tell, exactly. */
async function assertReads(page, selector, expected) {
  await inView(page, selector);
  const computed = await page.accessibility(selector);
  if (computed) {
    const told = Object.fromEntries(Object.keys(computed).map((key) => [key, expected[key]]));
    assert.deepEqual(computed, told, selector);
  } else {
    assert.ok(await page.isAccessibleAs(selector, expected), `${selector} is found as ${expected.role} "${expected.name}"`);
  }
}

async function openArticle() {
  const page = await shared.open('/pages/article.html');
  await allRendered(page);
  await page.waitForSelector(RESULT);
  await page.waitForSelector(EXPLAINER_HEADING);
  return page;
}

test('a badge, a card, a browser result and an explainer are named by code and phrase, described by their summary', async () => {
  const page = await openArticle();
  assert.match(TOO_MANY.description, /\S/);
  await assertReads(page, BADGE, { role: 'term', ...TOO_MANY });
  await assertReads(page, CARD, { role: 'article', ...TOO_MANY });
  await assertReads(page, RESULT, { role: 'button', name: '100 Continue', description: summaryOf(100) });
  await assertReads(page, EXPLAINER_HEADING, { role: 'heading', name: '308 Permanent Redirect', description: '' });
  assert.deepEqual(await page.problems(), []);
});

test('pre-rendered, with scripts disabled, a badge and a card read the same', async () => {
  const page = await shared.open('/prerendered/article.html?nojs', { ready: false });
  await page.waitFor(() => document.readyState === 'complete');
  assert.equal(await page.evaluate(() => Boolean(customElements.get('http-status'))), false, 'no script ran');
  await assertReads(page, BADGE, { role: 'term', ...TOO_MANY });
  await assertReads(page, CARD, { role: 'article', ...TOO_MANY });
});

// WebKit keeps no range a script puts inside a shadow root, and Firefox selects no text inside a
// button: where the engine selects, the selection's text is checked too; innerText everywhere.
test('code and phrase read and copy with a space between them, which takes no room: the gap is the code\'s margin', async () => {
  const page = await openArticle();
  for (const [selector, title] of [[CARD, '429 Too Many Requests'], [EXPLAINER_HEADING, '308 Permanent Redirect'], [RESULT, '100 Continue']]) {
    await inView(page, selector);
    const heading = await page.evaluate((selector) => {
      const [host, inside] = selector.split(' >>> ');
      const found = document.querySelector(host).shadowRoot.querySelector(inside);
      const heading = found.matches('.heading') ? found : found.querySelector('.heading');
      const range = document.createRange();
      range.selectNodeContents(heading);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
      const selected = getSelection().toString();
      getSelection().removeAllRanges();
      const code = heading.querySelector('.code');
      const gap = heading.querySelector('.phrase').getBoundingClientRect().left - code.getBoundingClientRect().right;
      return { rendered: heading.innerText, selected, gap, margin: parseFloat(getComputedStyle(code).marginRight) };
    }, selector);
    assert.equal(heading.rendered, title, selector);
    if (ENGINE !== 'webkit' && selector !== RESULT) assert.equal(heading.selected, title, `${selector} selected`);
    assert.ok(heading.margin > 0 && Math.abs(heading.gap - heading.margin) < 0.5, `${selector}: gap ${heading.gap} px, margin ${heading.margin} px (${ENGINE})`);
  }
});
