// Layout: with http-status.css in the page's head, each element's fallback text sits in a box the
// size of the view it becomes, so the page barely moves when the embed renders; once rendered,
// the element is as tall as what it shows, in the page's own type.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ENGINE, allRendered, useServerAndBrowser } from './harness.mjs';

const shared = useServerAndBrowser();

/** Host pages with type of their own (faces installed with the browsers, falling back to ones that may be). */
const FOREIGN_TYPE = {
  'sans 15 px': { root: '', body: '15px/1.5 "DejaVu Sans Condensed", "Liberation Sans", Roboto, sans-serif' },
  'serif 18 px': { root: '', body: '18px/1.7 "DejaVu Serif", Georgia, serif' },
  // mdBook's theme: a 62.5 % root and a body of 1.6rem.
  'mdBook root': { root: '62.5%', body: '1.6rem/1.45 "Open Sans", sans-serif' },
};
const WIDTHS = [320, 390, 600, 768, 1024, 1280];

/** In the page: the layout-shift score so far, where the engine reports it (Chromium). */
const layoutShift = (page) => page.evaluate(() => window.__harness.layoutShifts.reduce((sum, value) => sum + value, 0));

/** In the page: waits until the article's explainer has its prose (tests/e2e/pages/slow-prose.js holds it back for 2 s). */
const proseArrived = (page) => page.waitFor(() => document.querySelector('http-status[view="explainer"]').shadowRoot?.querySelector('.explainer section h3'));

for (const [width, height] of [[390, 844], [1280, 800]]) {
  test(`an article with badges, a card, an explainer and a browser: only the card's own change of height moves what follows it, at ${width} px`, async () => {
    const page = await shared.open('/pages/article.html', { viewport: { width, height } });
    await allRendered(page);
    await proseArrived(page);
    await page.frames();
    const before = await page.evaluate(() => window.positionsBefore);
    const after = await page.evaluate(() => window.positions());
    const card = await page.evaluate(() => {
      const host = document.querySelector('http-status:not([view])');
      return { top: host.getBoundingClientRect().top + scrollY, change: host.getBoundingClientRect().height - window.cardReserved };
    });
    // The card is about one line of its text (1.5em) away from its band's height at most.
    assert.ok(Math.abs(card.change) <= 28, `the card renders ${card.change} px from its reservation`);
    const onScreen = after.map((position, index) => ({ ...position, moved: position.top - before[index].top, leftMoved: position.left - before[index].left }))
      .filter((position, index) => before[index].top < height);
    const wrong = onScreen.filter((position) => position.leftMoved !== 0 || Math.abs(position.moved - (position.top > card.top ? card.change : 0)) > 1);
    assert.deepEqual(wrong, [], `moved other than by the card's change (${card.change} px)`);
    if (ENGINE === 'chromium') {
      // Load and 3 s after: the prose arrives at 2 s.
      await new Promise((resolve) => setTimeout(resolve, 3000));
      const shift = await layoutShift(page);
      assert.ok(shift <= 0.01, `cumulative layout shift ${shift}`);
    }
    assert.deepEqual(await page.problems(), []);
  });

  test(`an explainer in view while its prose arrives: nothing a reader sees moves, at ${width} px`, async () => {
    // A link to the section: the explainer is at the top of the viewport while it loads.
    const page = await shared.open('/pages/article.html#redirects', { viewport: { width, height }, ready: false });
    const visible = () => page.evaluate(() => {
      const explainer = document.querySelector('http-status[view="explainer"]');
      const parts = [...document.querySelectorAll('main > *'), ...(explainer.shadowRoot?.querySelectorAll('.explainer > *, .explainer-head > *') ?? [])];
      return parts.map((element, index) => ({ index, what: element.id || element.className || element.tagName, top: Math.round(element.getBoundingClientRect().top), height: element.getBoundingClientRect().height }))
        .filter((part) => part.height > 0 && part.top < innerHeight && part.top + part.height > 0);
    });
    await page.waitFor(() => document.querySelector('http-status[view="explainer"]').shadowRoot?.querySelector('.prose-loading'));
    // WebKit loses the fragment's scroll position when the full wasm defines the element (it did
    // before these layout changes too): put the section back at the top, as the link asked.
    await page.evaluate(() => document.getElementById('redirects').scrollIntoView());
    await page.frames();
    const loading = await visible();
    assert.ok(loading.some((part) => part.what.includes('prose-loading')), 'the placeholder shows while the prose loads');
    await proseArrived(page);
    await page.frames();
    const arrived = await visible();
    const moved = loading.filter((part) => !part.what.includes('prose-loading'))
      .map((part) => ({ ...part, now: arrived.find((other) => other.index === part.index && other.what === part.what)?.top ?? 'gone' }))
      .filter((part) => part.now !== part.top);
    assert.deepEqual(moved, [], 'visible before the prose arrived, and moved');
    if (ENGINE === 'chromium') {
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const shift = await layoutShift(page);
      assert.ok(shift <= 0.01, `cumulative layout shift ${shift}`);
    }
    assert.deepEqual(await page.problems(), []);
  });
}

test('each width band reserves the height most registered codes\' cards take in it; explainers and browsers render at least as tall as they reserve', async () => {
  const page = await shared.open('/pages/reserve.html', { viewport: { width: 1280, height: 800 }, ready: false });
  // A width inside each band of http-status.css.
  const widths = [300, 450, 560, 700, 1000];
  const ids = await page.evaluate(async () => (await (await fetch('/dist/http-status-codes.json')).json())
    .filter((entry) => entry.registry === 'iana' && entry.kind === 'status').map((entry) => entry.id));
  const measured = await page.evaluate(async (widths, ids) => {
    const main = document.getElementById('main');
    const elements = [];
    for (const width of widths) {
      const column = document.createElement('div');
      column.className = 'column';
      column.style.width = `${width}px`;
      const add = (attributes, text) => {
        const element = document.createElement('http-status');
        for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
        element.textContent = text;
        column.append(element);
        elements.push({ width, attributes, element });
      };
      for (const id of ids) add({ code: id }, `${id} fallback`);
      add({ code: '404', view: 'explainer' }, '404 Not Found');
      add({ view: 'browser' }, '');
      main.append(column);
    }
    const heights = () => elements.map(({ element }) => element.getBoundingClientRect().height);
    const reserved = heights();
    await import('/dist/http-status.js').then((embed) => embed.ready);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const rendered = heights();
    return elements.map(({ width, attributes }, index) => ({ width, ...attributes, reserved: reserved[index], rendered: rendered[index] }));
  }, widths, ids);
  for (const width of widths) {
    const cards = measured.filter((item) => !item.view && item.width === width);
    const counts = new Map();
    for (const { rendered } of cards) counts.set(Math.round(rendered), (counts.get(Math.round(rendered)) ?? 0) + 1);
    const [mostCommon] = [...counts].sort((a, b) => b[1] - a[1])[0];
    assert.ok(Math.abs(cards[0].reserved - mostCommon) <= 2, `at ${width} px the band reserves ${cards[0].reserved} px; most cards render at ${mostCommon} px (${JSON.stringify([...counts])})`);
  }
  const tall = measured.filter((item) => item.view && (item.rendered < item.reserved - 1 || item.reserved < 700));
  assert.deepEqual(tall, [], 'explainers and browsers reserve a screenful and render at least that tall');
  assert.deepEqual(await page.problems(), []);
});

test('a rendered card leaves no band: its box is its card\'s, at six widths in pages with type of their own, set in the page\'s font', async () => {
  const page = await shared.open('/pages/reserve.html', { viewport: { width: 1400, height: 800 } });
  const ids = await page.evaluate(async () => (await (await fetch('/dist/http-status-codes.json')).json()).map((entry) => entry.id));
  for (const [name, type] of Object.entries(FOREIGN_TYPE)) {
    const found = await page.evaluate(async (type, widths, ids) => {
      document.documentElement.style.fontSize = type.root;
      document.body.style.font = type.body;
      const main = document.getElementById('main');
      main.replaceChildren();
      const elements = widths.flatMap((width) => {
        const column = document.createElement('div');
        column.style.width = `${width}px`;
        main.append(column);
        return ids.map((id) => {
          const element = document.createElement('http-status');
          element.setAttribute('code', id);
          column.append(element);
          return { width, id, element };
        });
      });
      await new Promise((resolve) => setTimeout(resolve, 100));
      const bodyFont = getComputedStyle(document.body).fontFamily;
      const misfits = [];
      const fonts = new Set();
      for (const { width, id, element } of elements) {
        const card = element.shadowRoot.querySelector('.card');
        const [box, content] = [element, card].map((node) => node.getBoundingClientRect().height);
        if (Math.abs(box - content) > 8) misfits.push({ width, id, box, content });
        fonts.add(`${getComputedStyle(card.querySelector('.summary')).fontFamily} | ${getComputedStyle(card.querySelector('.code')).fontFamily}`);
      }
      return { misfits, fonts: [...fonts], bodyFont, count: elements.length };
    }, type, WIDTHS, ids);
    assert.deepEqual(found.misfits, [], `${name}: ${found.misfits.length} of ${found.count} cards leave a band`);
    assert.equal(found.fonts.length, 1, `${name}: one font pair`);
    const [text, code] = found.fonts[0].split(' | ');
    assert.equal(text, found.bodyFont, `${name}: the card's text is set in the page's font`);
    assert.match(code, /monospace/, `${name}: codes keep a monospace face`);
  }
  assert.deepEqual(await page.problems(), []);
});

test('a badge\'s fallback text takes the width and line of the pill it becomes, in the page\'s type', async () => {
  for (const [name, type] of Object.entries({ 'serif 16 px': { root: '', body: '16px/1.6 "DejaVu Serif", Georgia, serif' }, ...FOREIGN_TYPE })) {
    const page = await shared.open('/pages/reserve.html', { ready: false });
    const sizes = await page.evaluate(async (type) => {
      document.documentElement.style.fontSize = type.root;
      document.body.style.font = type.body;
      const main = document.getElementById('main');
      main.innerHTML = ['404 Not Found', '429 Too Many Requests', '503 Service Unavailable', '499 Client Closed Request']
        .map((text) => `<p style="font-size: 1.125em">See <http-status view="badge" code="${text.slice(0, 3)}">${text}</http-status> here.</p>`).join('');
      const boxes = () => [...main.querySelectorAll('p')].map((paragraph) => {
        const host = paragraph.querySelector('http-status');
        const box = (host.shadowRoot?.querySelector('.badge') ?? host).getBoundingClientRect();
        return { width: box.width, paragraph: paragraph.getBoundingClientRect().height };
      });
      const reserved = boxes();
      await import('/dist/http-status.js').then((embed) => embed.ready);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return { reserved, rendered: boxes() };
    }, type);
    sizes.rendered.forEach((rendered, index) => {
      const reserved = sizes.reserved[index];
      assert.ok(Math.abs(rendered.width - reserved.width) <= 1, `${name}, badge ${index}: ${reserved.width} → ${rendered.width} px wide`);
      assert.equal(rendered.paragraph, reserved.paragraph, `${name}, badge ${index}: the line keeps its height`);
    });
    await page.close();
  }
});
