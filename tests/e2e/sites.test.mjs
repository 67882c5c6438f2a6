// Real documentation sites (tests/sites/, built from dist/ by tests/sites/build.mjs): an mdBook
// site with the README's recipe and its preprocessor, and VitePress and Docusaurus sites with
// the plugins of plugins/js; each with a badge, a card and a browser view.
// The element renders with no console error, the builds say nothing about it, none of the site's
// own shortcuts fire while a reader types and moves in the widget, and the widget follows the
// site's light/dark switch. Badges and cards are pre-rendered (mdBook's preprocessor, the
// plugins): painted with JavaScript off and adopted without a shift; on the VitePress and
// Docusaurus sites, client-side navigation both ways renders them from the template the
// framework inserts as DOM, with no hydration error from Vue or React.
import { describe, test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ENGINE, ROOT, allRendered, serve } from './harness.mjs';
import { launchEngine } from './engines.mjs';

const SITES = [
  {
    name: 'mdbook',
    output: 'tests/sites/mdbook/book',
    prerendered: true,
    page: '/errors.html',
    searchOpen: () => !document.getElementById('mdbook-search-wrapper').classList.contains('hidden'),
    async switchTo(page, scheme) {
      if (!(await page.isVisible('#mdbook-theme-list'))) await page.click('#mdbook-theme-toggle');
      await page.click(scheme === 'dark' ? '#mdbook-theme-navy' : '#mdbook-theme-light');
    },
  },
  {
    name: 'vitepress',
    output: 'tests/sites/vitepress/docs/.vitepress/dist',
    page: '/index.html',
    searchOpen: () => Boolean(document.querySelector('.VPLocalSearchBox')),
    async switchTo(page, scheme) {
      const dark = await page.evaluate(() => document.documentElement.classList.contains('dark'));
      if (dark !== (scheme === 'dark')) await page.click('.VPNavBar .VPSwitchAppearance');
    },
    prerendered: true,
    navigation: [['.VPSidebar a[href="/limits.html"]', 'Limits'], ['.VPSidebar a[href="/"]', 'Errors']],
  },
  {
    name: 'docusaurus',
    output: 'tests/sites/docusaurus/build',
    page: '/',
    // The site has no search plugin.
    searchOpen: null,
    async switchTo(page, scheme) {
      // The toggle cycles light, dark and the system's: click until the site shows the scheme.
      for (let clicks = 0; clicks < 3; clicks++) {
        if (await page.evaluate(() => document.documentElement.dataset.theme) === scheme) return;
        await page.click('.navbar button[class*="toggleButton"]');
      }
      throw new Error(`the site never switched to ${scheme}`);
    },
    prerendered: true,
    navigation: [['.menu a[href="/limits"]', 'Limits'], ['.menu a[href="/"]', 'Errors']],
  },
];

let engine;
const opened = [];
before(async () => { engine = await launchEngine(); });
afterEach(async () => { for (const page of opened.splice(0)) await page.close().catch(() => {}); });
after(async () => { await engine?.close(); });

/** The view each <http-status> of the page shows. */
const renderedViews = (page) => page.evaluate(() => [...document.querySelectorAll('http-status')].map((element) => element.shadowRoot.querySelector('.badge, .card.standalone, .browser')?.className.split(' ')[0]));

/**
 * For each <http-status>: how many roots its shadow root holds, and whether the element has a
 * shadow-root template child (pre-rendered markup a framework inserted as DOM, which the HTML
 * parser would have made the shadow root itself).
 */
const shadowRoots = (page) => page.evaluate(() => [...document.querySelectorAll('http-status')].map((element) => {
  const template = element.querySelector(':scope > template[shadowrootmode]') ? 'with' : 'without';
  const roots = [...element.shadowRoot.children].filter((child) => child.matches('.root')).length;
  return `${element.getAttribute('view') ?? 'card'}: ${roots} root, ${template} a template child`;
}));

/** The card's background on the page, as `light` or `dark`. */
const cardScheme = (page) => page.evaluate(() => {
  const card = [...document.querySelectorAll('http-status')].find((element) => element.shadowRoot?.querySelector('.card.standalone'));
  const background = getComputedStyle(card.shadowRoot.querySelector('.card')).backgroundColor;
  return { 'rgb(255, 255, 255)': 'light', 'rgb(21, 24, 30)': 'dark' }[background] ?? background;
});

for (const site of SITES) describe(site.name, () => {
  let server;
  before(async () => { server = await serve(undefined, { '/': join(ROOT, site.output) }); });
  after(async () => { await server?.close(); });
  const open = async (options) => {
    const page = await engine.newPage({ viewport: { width: 1280, height: 900 }, ...options });
    opened.push(page);
    await page.goto(`${server.url}${site.page}`);
    await allRendered(page);
    return page;
  };

  test(`${site.name}: the built site shows every view, with no console error and no build warning about the element`, async () => {
    const log = await readFile(join(ROOT, 'tests/sites', site.name, 'build.log'), 'utf8');
    assert.doesNotMatch(log, /warn|error|http-status|failed to resolve/i, log);
    const page = await open();
    assert.deepEqual(await renderedViews(page), ['badge', 'card', 'browser']);
    assert.deepEqual(await page.problems(), []);
  });

  if (site.prerendered) test(`${site.name}: the badge and the card are pre-rendered: painted with scripts disabled, then adopted as they are`, async () => {
    const still = await engine.newPage({ viewport: { width: 1280, height: 900 } });
    opened.push(still);
    await still.goto(`${server.url}${site.page}?nojs`);
    await still.waitFor(() => document.readyState === 'complete');
    const painted = await still.evaluate(() => ({
      defined: Boolean(customElements.get('http-status')),
      // Each element's code as its pre-rendered badge or card shows it; null where nothing is painted yet.
      shown: [...document.querySelectorAll('http-status')].map((host) => host.shadowRoot?.querySelector('.badge .code, .card .code')?.textContent ?? null),
      expected: [...document.querySelectorAll('http-status')].map((host) => (['badge', 'card', ''].includes((host.getAttribute('view') ?? '').toLowerCase()) && host.getAttribute('code') ? host.getAttribute('code') : null)),
      styled: [...document.querySelectorAll('http-status[code]:is([view=badge i], [view=card i], :not([view]))')].map((host) => getComputedStyle(host.shadowRoot.querySelector('.badge, .card')).borderTopStyle),
      boxes: [...document.querySelectorAll('http-status[code]:is([view=badge i], [view=card i], :not([view]))')].map((host) => { const { top, width, height } = host.getBoundingClientRect(); return { top, width, height }; }),
    }));
    assert.equal(painted.defined, false, 'no script ran');
    assert.deepEqual(painted.shown, painted.expected, 'badges and cards painted; other views wait for the script');
    assert.ok(painted.shown.filter(Boolean).length >= 2, 'the page has a badge and a card');
    assert.ok(painted.styled.every((style) => style !== 'none'), `styled by the linked stylesheet: ${painted.styled}`);
    await still.screenshot(join(ROOT, `tests/screenshots/site-${site.name}-nojs-${ENGINE}.png`), 'main');
    await still.close(); // WebKitWebDriver drives one page at a time
    const page = await open();
    const kept = await page.evaluate(() => [...document.querySelectorAll('http-status[code]:is([view=badge i], [view=card i], :not([view]))')].map((host) => [...host.shadowRoot.children].some((child) => child.matches('.root[data-prerendered]'))));
    assert.deepEqual(kept, [true, true], 'the element kept the pre-rendered roots');
    const boxes = await page.evaluate(() => [...document.querySelectorAll('http-status[code]:is([view=badge i], [view=card i], :not([view]))')].map((host) => { const { top, width, height } = host.getBoundingClientRect(); return { top, width, height }; }));
    // The site's own script may move its columns (mdBook's sidebar): what the element decides is its height, width and line.
    assert.deepEqual(boxes, painted.boxes, 'no shift when the script takes over');
  });

  test(`${site.name}: typing, arrows, Enter and Escape in the widget open no site search and change no chapter`, async () => {
    const page = await open();
    const address = await page.evaluate(() => location.href);
    await page.click('http-status[view=browser] >>> input[type=search]');
    await page.type('GET /users 404 s');
    await page.press('Home');
    await page.press('End');
    await page.press('Backspace');
    await page.press('Backspace');
    await page.waitFor(() => document.querySelector('http-status[view=browser]').shadowRoot.querySelector('.results .card .code')?.textContent === '404');
    await page.fill('http-status[view=browser] >>> input[type=search]', '5xx');
    await page.waitFor(() => document.querySelector('http-status[view=browser]').shadowRoot.querySelectorAll('.results .card').length > 4);
    for (const key of ['ArrowDown', 'ArrowRight', 'ArrowLeft', 'End', 'Home', 'Enter']) await page.press(key);
    await page.waitFor(() => document.querySelector('http-status[view=browser]').shadowRoot.querySelector('.panel .explainer'));
    await page.press('Escape');
    if (site.searchOpen) assert.equal(await page.evaluate(site.searchOpen), false, 'the site\'s search stayed closed');
    assert.equal(await page.evaluate(() => location.href), address, 'still on the same page');
    assert.deepEqual(await page.problems(), []);
  });

  test(`${site.name}: the widget follows the site's own light/dark switch, whatever the system says`, async () => {
    for (const system of ['light', 'dark']) {
      const page = await open({ colorScheme: system });
      for (const scheme of ['dark', 'light', 'dark']) {
        await site.switchTo(page, scheme);
        await page.frames();
        assert.equal(await cardScheme(page), scheme, `${system} system, site switched to ${scheme}`);
        // A picture of the recipe in each mode, for a person to look at.
        if (system === 'light') await page.screenshot(join(ROOT, `tests/screenshots/site-${site.name}-${scheme}-${ENGINE}.png`), 'main');
      }
      await page.close();
    }
  });

  if (site.navigation) test(`${site.name}: client-side navigation both ways renders badges and cards from the template, with no hydration or console error`, async () => {
    const page = await open();
    assert.deepEqual(await shadowRoots(page), ['badge: 1 root, without a template child', 'card: 1 root, without a template child', 'browser: 1 root, without a template child']);
    await page.evaluate(() => { window.stayedOnPage = true; });
    for (const [link, heading] of site.navigation) {
      await page.click(link);
      await page.waitFor((heading) => document.querySelector('h1')?.textContent.includes(heading), heading);
      await allRendered(page);
      assert.equal(await page.evaluate(() => window.stayedOnPage), true, `${heading}: the site navigated without loading a page`);
      assert.deepEqual(await renderedViews(page), ['badge', 'card', 'browser'], heading);
      assert.deepEqual(await shadowRoots(page), ['badge: 1 root, with a template child', 'card: 1 root, with a template child', 'browser: 1 root, without a template child'], heading);
    }
    assert.deepEqual(await page.problems(), []);
  });
});
