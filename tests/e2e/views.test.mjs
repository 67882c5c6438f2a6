// The views as a reader uses them: flows with mouse and keyboard, accessibility (axe-core) in
// both themes, layout at 320 px, and screenshots of every view for a person to look at.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, openPage, shadowText, waitForShadow, useServerAndBrowser } from './harness.mjs';

const SCREENSHOTS = join(ROOT, 'tests/screenshots');
const VIEWS = ['browser', 'card', 'explainer', 'badge'];

const shared = useServerAndBrowser();
let axeSource;
before(async () => {
  axeSource = await readFile(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  await mkdir(SCREENSHOTS, { recursive: true });
});
after(() => console.log(`# screenshots: ${SCREENSHOTS}`));

const viewsPage = () => `${shared.server.url}/pages/views.html`;
const host = (page, view) => page.locator(`#${view} http-status`).first();

async function openViews(options = {}) {
  const page = await openPage(shared.browser, viewsPage(), { viewport: { width: 1200, height: 900 }, ...options });
  await page.waitForFunction(() => [...document.querySelectorAll('http-status')].every((element) => element.shadowRoot?.querySelector('.root')?.childElementCount));
  return page;
}

async function setTheme(page, theme) {
  await page.evaluate((theme) => document.querySelectorAll('http-status').forEach((element) => { element.theme = theme; }), theme);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve())));
}

test('typing filters the browser; the count is announced; no results offers close matches', async () => {
  const page = await openViews();
  const search = page.locator('#browser http-status input[type=search]');
  await search.fill('retry after');
  await page.waitForFunction(() => document.querySelector('#browser http-status').shadowRoot.querySelector('.results .card .code')?.textContent === '429');
  const count = await page.evaluate(() => {
    const status = document.querySelector('#browser http-status').shadowRoot.querySelector('[role=status]');
    return { text: status.textContent, live: status.getAttribute('aria-live') };
  });
  assert.match(count.text, /^\d+ codes?$/);
  assert.equal(count.live, 'polite');

  await search.fill('teapoot kettel');
  await waitForShadow(page, '.empty .suggestions button');
  assert.match(await shadowText(page, '.empty-title'), /No status code matches “teapoot kettel”/);
  await page.locator('#browser http-status .suggestions button', { hasText: '418' }).click();
  await waitForShadow(page, '.panel .explainer');
  assert.match(await shadowText(page, '.panel .explainer .title'), /418/);
  assert.deepEqual(page.problems(), []);
});

test('keyboard: / focuses search, arrows move, Enter opens, Escape closes and returns focus', async () => {
  const page = await openViews();
  await page.locator('h1').click();
  await page.keyboard.press('/');
  const focusedInSearch = await page.evaluate(() => document.querySelector('#browser http-status').shadowRoot.activeElement?.type);
  assert.equal(focusedInSearch, 'search');
  await page.keyboard.type('5xx');
  // Under load the app may yield mid-render: wait until the results show the typed query.
  await page.waitForFunction(() => {
    const codes = [...document.querySelector('#browser http-status').shadowRoot.querySelectorAll('.results .card .code')].map((code) => code.textContent);
    return codes[0] === '500' && codes.every((code) => code.startsWith('5'));
  });
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  const focused = () => page.evaluate(() => document.querySelector('#browser http-status').shadowRoot.activeElement?.dataset.id);
  assert.equal(await focused(), '501');
  await page.keyboard.press('ArrowDown');
  const below = await focused();
  assert.ok(Number(below) > 501, `ArrowDown moves a row down, got ${below}`);
  await page.keyboard.press('Enter');
  await waitForShadow(page, '.panel .explainer');
  assert.match(await shadowText(page, '.panel .explainer .title'), new RegExp(below.slice(0, 3)));
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('#browser http-status').shadowRoot.querySelector('.panel'));
  assert.equal(await focused(), below, 'focus returns to the card that opened the explainer');
  // Typing "/" into a text field elsewhere on the page is left alone.
  assert.deepEqual(page.problems(), []);
});

test('card expands its explainer in place; explainer follows related codes and compares its family', async () => {
  const page = await openViews();
  const card = host(page, 'card');
  await card.locator('button.toggle').click();
  assert.equal(await card.locator('button.toggle').getAttribute('aria-expanded'), 'true');
  assert.ok(await card.locator('.explainer').isVisible());

  const explainer = host(page, 'explainer');
  assert.equal(await explainer.locator('table.comparison tbody tr').count(), 5, 'the redirect matrix');
  await explainer.locator('table.comparison button', { hasText: '303' }).click();
  assert.match(await explainer.locator('.explainer .title').textContent(), /303/);
  const specLink = explainer.locator('a[part=spec-link]');
  assert.equal(await specLink.getAttribute('target'), '_blank');
  assert.match(await specLink.getAttribute('rel'), /noopener/);
  assert.deepEqual(page.problems(), []);
});

test('copy buttons put the code, status line and example on the clipboard', async () => {
  const page = await openViews({ permissions: ['clipboard-read', 'clipboard-write'] });
  const explainer = host(page, 'explainer');
  const copied = [];
  for (const label of ['Copy code', 'Copy status line', 'Copy example']) {
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await explainer.locator('.explainer-head button', { hasText: label }).click();
    await page.waitForFunction(() => navigator.clipboard.readText().then((text) => text !== ''));
    copied.push(await page.evaluate(() => navigator.clipboard.readText()));
  }
  assert.ok(await explainer.locator('.explainer-head button', { hasText: 'Copied' }).count() >= 1, 'the button says it copied');
  assert.deepEqual(copied.slice(0, 2), ['308', 'HTTP/1.1 308 Permanent Redirect']);
  assert.match(copied[2], /^HTTP\/1\.1 308 Permanent Redirect\nLocation: /);

  // The badge's popover button, then the outcome giving way to the label again.
  await page.evaluate(() => navigator.clipboard.writeText(''));
  const badge = host(page, 'badge');
  await badge.locator('.badge').hover();
  const badgeButton = badge.locator('.popover button');
  await badgeButton.click();
  await page.waitForFunction(() => navigator.clipboard.readText().then((text) => text !== ''));
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), 'HTTP/1.1 413 Content Too Large');
  assert.equal(await badgeButton.getAttribute('data-copied'), 'done');
  await page.waitForFunction(() => !document.querySelector('#badge http-status').shadowRoot.querySelector('[data-copied]'));
  assert.equal(await badgeButton.textContent(), 'Copy status line');
  // A refused write says so.
  await page.evaluate(() => { navigator.clipboard.writeText = () => Promise.reject(new Error('refused')); });
  await badgeButton.click();
  await page.waitForFunction(() => document.querySelector('#badge http-status').shadowRoot.querySelector('[data-copied=failed]'));
  assert.match(await badgeButton.textContent(), /Copy failed/);
  assert.deepEqual(page.problems(), []);
});

test('badge: sits on the line without changing its height, shows the summary on hover and focus', async () => {
  const page = await openViews();
  const heights = await page.evaluate(async () => {
    // The same short sentence with a badge and as plain text.
    const withBadge = document.createElement('p');
    withBadge.innerHTML = 'It answered <http-status code="404" view="badge"></http-status> twice.';
    const plain = document.createElement('p');
    plain.textContent = 'It answered 404 Not Found twice.';
    document.querySelector('#badge').append(withBadge, plain);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const rendered = Boolean(withBadge.querySelector('http-status').shadowRoot.querySelector('.badge'));
    return { rendered, withBadge: withBadge.getBoundingClientRect().height, plain: plain.getBoundingClientRect().height };
  });
  assert.ok(heights.rendered);
  assert.ok(Math.abs(heights.withBadge - heights.plain) < 0.5, `line height ${heights.plain} → ${heights.withBadge}`);
  const badge = host(page, 'badge').locator('.badge');
  const popover = host(page, 'badge').locator('.popover');
  assert.equal(await popover.isVisible(), false);
  await badge.hover();
  await popover.waitFor({ state: 'visible' });
  assert.match(await popover.textContent(), /body|request|upload|large/i);
  await page.mouse.move(0, 0);
  await badge.focus();
  await popover.waitFor({ state: 'visible' });
});

test('zero axe-core violations in every view, in both themes', async () => {
  const page = await openViews();
  await page.addScriptTag({ content: axeSource });
  for (const theme of ['light', 'dark']) {
    await setTheme(page, theme);
    // Open the browser's explainer panel too, so it is checked.
    await page.locator('#browser http-status input[type=search]').fill('not found');
    await page.locator('#browser http-status button.card[data-id="404"]').click();
    await waitForShadow(page, '.panel .explainer');
    for (const view of VIEWS) {
      const result = await page.evaluate(async (selector) => {
        const outcome = await window.axe.run({ include: [[selector]] }, { resultTypes: ['violations'] });
        return outcome.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
      }, `#${view} http-status`);
      assert.deepEqual(result, [], `${view} view, ${theme} theme`);
    }
    await page.keyboard.press('Escape');
  }
});

test('usable at 320 px: no horizontal scrolling in any view', async () => {
  const page = await openViews({ viewport: { width: 320, height: 720 } });
  await page.locator('#browser http-status input[type=search]').fill('too many');
  await page.locator('#browser http-status button.card[data-id="429"]').click();
  await waitForShadow(page, '.panel .explainer');
  const widths = await page.evaluate(() => ({ page: document.scrollingElement.scrollWidth, viewport: window.innerWidth }));
  assert.ok(widths.page <= widths.viewport, `page scrolls sideways: ${widths.page} > ${widths.viewport}`);
  const results = await page.evaluate(() => getComputedStyle(document.querySelector('#browser http-status').shadowRoot.querySelector('.results-column')).display);
  assert.equal(results, 'none', 'at narrow widths the explainer replaces the results');
});

test('screenshots of every view in both themes and at 320 px', async () => {
  for (const [theme, width] of [['light', 1200], ['dark', 1200], ['light', 320], ['dark', 320]]) {
    const page = await openViews({ viewport: { width, height: 900 }, colorScheme: theme });
    await setTheme(page, theme);
    await page.locator('#browser http-status input[type=search]').fill('5xx');
    await page.locator('#browser http-status button.card[data-id="503"]').click();
    await waitForShadow(page, '.panel .explainer');
    if (width >= 760) {
      const beside = await page.evaluate(() => {
        const root = document.querySelector('#browser http-status').shadowRoot;
        const [results, panel] = ['.results-column', '.panel'].map((selector) => root.querySelector(selector).getBoundingClientRect());
        return panel.left >= results.right && Math.abs(panel.top - results.top) < 2;
      });
      assert.ok(beside, 'wide: the explainer sits beside the results');
    }
    await page.locator('#browser http-status button.card[data-id="503"]').evaluate(() => window.scrollTo(0, 0));
    for (const view of VIEWS) {
      const section = page.locator(`#${view}`);
      if (view === 'badge') await host(page, 'badge').locator('.badge').hover();
      await section.screenshot({ path: join(SCREENSHOTS, `${view}-${theme}-${width}.png`) });
    }
    await page.close();
  }
});
