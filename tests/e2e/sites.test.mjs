// Real documentation sites built with the README's recipes and plugins (tests/sites/, built from
// dist/ by tests/sites/build.mjs): mdBook (its preprocessor), VitePress and Docusaurus (plugins/js),
// MkDocs Material and Sphinx with Furo (plugins/python), each with a badge, a card and a browser
// view. The element renders with no console error, the builds say nothing about it, none of the
// site's own shortcuts fire while a reader types and moves in the widget, and the widget follows
// the site's light/dark switch. Badges and cards are pre-rendered: painted without JavaScript and
// kept as they are when the element upgrades; after client-side navigation (Material's instant
// navigation, VitePress, Docusaurus) they render from the template the framework inserts as DOM,
// with no hydration error from Vue or React.
import { describe, test, before, after, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
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
    name: 'mkdocs',
    output: 'tests/sites/mkdocs/site',
    page: '/errors/',
    prerendered: true,
    // Material's instant navigation inserts the next page as DOM: its shadow roots arrive as templates.
    clientNavigation: { from: '/', link: 'article a::text(errors)' },
    // Instant navigation follows only the links its sitemap lists, at the site_url's port: served
    // here on another port, the sitemap names the test server instead (as `mkdocs serve` does).
    siteUrl: 'http://127.0.0.1/',
    // Material's own ResizeObservers, when the widget grows as a reader types, now and then end a
    // frame with this (WebKit reports it as an uncaught error; the widget observes no size).
    ownNoise: /^uncaught: ResizeObserver loop completed with undelivered notifications\.$/,
    searchOpen: () => document.querySelector('[data-md-toggle=search]').checked,
    async switchTo(page, scheme) {
      const dark = await page.evaluate(() => document.body.dataset.mdColorScheme === 'slate');
      if (dark !== (scheme === 'dark')) await page.click('form[data-md-component=palette] label:not([hidden])');
    },
  },
  {
    name: 'sphinx',
    output: 'tests/sites/sphinx/_build/html',
    page: '/errors.html',
    // Furo's article has no <main>.
    content: 'article[role=main]',
    prerendered: true,
    // Furo's "/" focuses its search box.
    searchOpen: () => document.activeElement?.classList.contains('sidebar-search') ?? false,
    async switchTo(page, scheme) {
      // Furo's toggle goes round auto, light and dark (in an order that depends on the system).
      for (let turn = 0; turn < 3 && (await page.evaluate(() => document.body.dataset.theme)) !== scheme; turn++) {
        await page.click('.theme-toggle-content .theme-toggle');
      }
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
  const sitemap = join(tmpdir(), `http-status-${site.name}-sitemap-${process.pid}.xml`);
  before(async () => {
    server = await serve(undefined, { ...(site.siteUrl && { '/sitemap.xml': sitemap }), '/': join(ROOT, site.output) });
    if (site.siteUrl) await writeFile(sitemap, (await readFile(join(ROOT, site.output, 'sitemap.xml'), 'utf8')).replaceAll(site.siteUrl, `${server.url}/`));
  });
  after(async () => {
    await server?.close();
    await rm(sitemap, { force: true });
  });
  const open = async ({ script = true, ...options } = {}) => {
    const page = await engine.newPage({ viewport: { width: 1280, height: 900 }, ...options });
    opened.push(page);
    await page.goto(`${server.url}${site.page}${script ? '' : '?nojs'}`);
    if (script) await allRendered(page);
    return page;
  };
  /** The page's console errors, uncaught errors and failed loads, less the site's own noise. */
  const problems = async (page) => (await page.problems()).filter((problem) => !site.ownNoise?.test(problem));
  /** Which view each element shows, in page order. */
  const views = (page) => page.evaluate(() => [...document.querySelectorAll('http-status')].map((element) => element.shadowRoot.querySelector('.badge, .card.standalone, .browser')?.className.split(' ')[0]));

  test(`${site.name}: the built site shows every view, with no console error and no build warning about the element`, async () => {
    const log = await readFile(join(ROOT, 'tests/sites', site.name, 'build.log'), 'utf8');
    assert.doesNotMatch(log, /warn|error|http-status|failed to resolve/i, log);
    const page = await open();
    assert.deepEqual(await views(page), ['badge', 'card', 'browser']);
    assert.deepEqual(await problems(page), []);
  });

  if (site.clientNavigation) {
    test(`${site.name}: a page reached by the site's client-side navigation shows every view, with no console error`, async () => {
      const page = await engine.newPage({ viewport: { width: 1280, height: 900 } });
      opened.push(page);
      await page.goto(`${server.url}${site.clientNavigation.from}`);
      await page.evaluate(() => { window.notReloaded = true; });
      await page.click(site.clientNavigation.link);
      await allRendered(page);
      assert.equal(await page.evaluate(() => window.notReloaded), true, 'the site swapped the page in place');
      assert.deepEqual(await views(page), ['badge', 'card', 'browser']);
      assert.deepEqual(await problems(page), []);
    });
  }

  if (site.prerendered) test(`${site.name}: the badge and the card are pre-rendered: painted with scripts disabled, then adopted as they are`, async () => {
    // The elements a pre-renderer draws: badges and cards with a code.
    const PRERENDERED = 'http-status[code]:is([view=badge i], [view=card i], :not([view]))';
    const still = await engine.newPage({ viewport: { width: 1280, height: 900 } });
    opened.push(still);
    await still.goto(`${server.url}${site.page}?nojs`);
    await still.waitFor(() => document.readyState === 'complete');
    const painted = await still.evaluate((selector) => ({
      defined: Boolean(customElements.get('http-status')),
      // Each element's code as its pre-rendered badge or card shows it; null where nothing is painted yet.
      shown: [...document.querySelectorAll('http-status')].map((host) => host.shadowRoot?.querySelector('.badge .code, .card .code')?.textContent ?? null),
      expected: [...document.querySelectorAll('http-status')].map((host) => (['badge', 'card', ''].includes((host.getAttribute('view') ?? '').toLowerCase()) && host.getAttribute('code') ? host.getAttribute('code') : null)),
      styled: [...document.querySelectorAll(selector)].map((host) => getComputedStyle(host.shadowRoot.querySelector('.badge, .card')).borderTopStyle),
      fallbackWidths: [...document.querySelectorAll(selector)].map((host) => { const range = document.createRange(); range.selectNodeContents(host); return range.getBoundingClientRect().width; }),
      roots: [...document.querySelectorAll(selector)].map((host) => host.shadowRoot.querySelector('.root').outerHTML),
      boxes: [...document.querySelectorAll(selector)].map((host) => { const { top, width, height } = host.getBoundingClientRect(); return { top, width, height }; }),
      // How much taller each card's box is than the card drawn in it (a band below it).
      bands: [...document.querySelectorAll(selector)].filter((host) => host.shadowRoot.querySelector('.card')).map((host) => host.getBoundingClientRect().height - host.shadowRoot.querySelector('.card').getBoundingClientRect().height),
    }), PRERENDERED);
    assert.equal(painted.defined, false, 'no script ran');
    assert.ok(painted.bands.length && painted.bands.every((band) => Math.abs(band) <= 8), `no band under a card: ${painted.bands}`);
    assert.deepEqual(painted.shown, painted.expected, 'badges and cards painted; other views wait for the script');
    assert.ok(painted.shown.filter(Boolean).length >= 2, 'the page has a badge and a card');
    assert.ok(painted.styled.every((style) => style !== 'none'), `styled by the linked stylesheet: ${painted.styled}`);
    assert.ok(painted.fallbackWidths.every((width) => width === 0), `the fallback text is not shown beside them: ${painted.fallbackWidths}`);
    await still.screenshot(join(ROOT, `tests/screenshots/site-${site.name}-nojs-${ENGINE}.png`), site.content ?? 'main');
    await still.close(); // WebKitWebDriver drives one page at a time
    const page = await open();
    const adopted = await page.evaluate((selector) => ({
      kept: [...document.querySelectorAll(selector)].map((host) => [...host.shadowRoot.children].some((child) => child.matches('.root[data-prerendered]'))),
      roots: [...document.querySelectorAll(selector)].map((host) => host.shadowRoot.querySelector('.root').outerHTML),
      boxes: [...document.querySelectorAll(selector)].map((host) => { const { top, width, height } = host.getBoundingClientRect(); return { top, width, height }; }),
    }), PRERENDERED);
    assert.ok(adopted.kept.length >= 2 && adopted.kept.every(Boolean), `the element kept the pre-rendered roots: ${adopted.kept}`);
    assert.deepEqual(adopted.roots, painted.roots, 'and their markup as it was parsed');
    // The site's own script may move its columns (mdBook's sidebar): what the element decides is its height, width and line.
    assert.deepEqual(adopted.boxes, painted.boxes, 'no shift when the script takes over');
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
    // Escape closes the explanation (and, with link-hash, takes its code out of the address).
    await page.waitFor(() => !document.querySelector('http-status[view=browser]').shadowRoot.querySelector('.panel .explainer'));
    if (site.searchOpen) assert.equal(await page.evaluate(site.searchOpen), false, 'the site\'s search stayed closed');
    assert.equal(await page.evaluate(() => location.href), address, 'still on the same page');
    assert.deepEqual(await problems(page), []);
  });

  test(`${site.name}: the widget follows the site's own light/dark switch, whatever the system says`, async () => {
    for (const system of ['light', 'dark']) {
      const page = await open({ colorScheme: system });
      for (const scheme of ['dark', 'light', 'dark']) {
        await site.switchTo(page, scheme);
        await page.frames();
        assert.equal(await cardScheme(page), scheme, `${system} system, site switched to ${scheme}`);
        // A picture of the recipe in each mode, for a person to look at.
        if (system === 'light') await page.screenshot(join(ROOT, `tests/screenshots/site-${site.name}-${scheme}-${ENGINE}.png`), site.content ?? 'main');
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
      assert.deepEqual(await views(page), ['badge', 'card', 'browser'], heading);
      assert.deepEqual(await shadowRoots(page), ['badge: 1 root, with a template child', 'card: 1 root, with a template child', 'browser: 1 root, without a template child'], heading);
    }
    assert.deepEqual(await problems(page), []);
  });
});
