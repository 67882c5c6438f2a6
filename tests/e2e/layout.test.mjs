// No layout shift: with http-status.css in the page's head, each element's fallback text sits in
// a box the size of the view it becomes, so nothing around it moves when the embed renders.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ENGINE, allRendered, useServerAndBrowser } from './harness.mjs';

const shared = useServerAndBrowser();

for (const [width, height] of [[390, 844], [1280, 800]]) {
  test(`an article with badges, a card, an explainer and a browser does not move when they render, at ${width} px`, async () => {
    const page = await shared.open('/pages/article.html', { viewport: { width, height } });
    await allRendered(page);
    await page.frames();
    const before = await page.evaluate(() => window.positionsBefore);
    const after = await page.evaluate(() => window.positions());
    // Everything that was on screen before the elements rendered is where it was.
    const moved = after.filter((position, index) => before[index].top < height && (position.top !== before[index].top || position.left !== before[index].left));
    assert.deepEqual(moved, [], `moved: ${JSON.stringify(moved.map((position, index) => ({ ...position, before: before[after.indexOf(position)] })))}`);
    if (ENGINE === 'chromium') {
      const shift = (await page.evaluate(() => window.__harness.layoutShifts)).reduce((sum, value) => sum + value, 0);
      assert.ok(shift <= 0.005, `cumulative layout shift ${shift}`);
    }
    assert.deepEqual(await page.problems(), []);
  });
}

test('every card renders exactly as tall as http-status.css reserves it, in every width band; explainers and browsers at least as tall', async () => {
  const page = await shared.open('/pages/reserve.html', { viewport: { width: 1280, height: 800 }, ready: false });
  // The narrowest width of each band, where its cards are tallest.
  const widths = [300, 310, 330, 377, 440, 600];
  const ids = await page.evaluate(async () => (await (await fetch('/dist/http-status-codes.json')).json()).map((entry) => entry.id));
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
  const cards = measured.filter((item) => !item.view);
  const misfits = cards.filter((item) => Math.abs(item.rendered - item.reserved) > 1);
  assert.deepEqual(misfits, [], `${misfits.length} of ${cards.length} cards differ from their reservation`);
  for (const width of widths) assert.ok(cards.some((item) => item.width === width && item.reserved > 100), `cards are reserved at ${width} px`);
  const tall = measured.filter((item) => item.view && (item.rendered < item.reserved - 1 || item.reserved < 700));
  assert.deepEqual(tall, [], 'explainers and browsers reserve a screenful and render at least that tall');
  assert.deepEqual(await page.problems(), []);
});

test('a badge\'s fallback text takes the width and line of the pill it becomes', async () => {
  const page = await shared.open('/pages/reserve.html', { ready: false });
  const sizes = await page.evaluate(async () => {
    const main = document.getElementById('main');
    main.innerHTML = ['404 Not Found', '429 Too Many Requests', '503 Service Unavailable', '499 Client Closed Request']
      .map((text) => `<p style="font-size: 18px">See <http-status view="badge" code="${text.slice(0, 3)}">${text}</http-status> here.</p>`).join('');
    const boxes = () => [...main.querySelectorAll('p')].map((paragraph) => {
      const host = paragraph.querySelector('http-status');
      const box = (host.shadowRoot?.querySelector('.badge') ?? host).getBoundingClientRect();
      return { width: box.width, paragraph: paragraph.getBoundingClientRect().height };
    });
    const reserved = boxes();
    await import('/dist/http-status.js').then((embed) => embed.ready);
    await new Promise((resolve) => setTimeout(resolve, 50));
    return { reserved, rendered: boxes() };
  });
  sizes.rendered.forEach((rendered, index) => {
    const reserved = sizes.reserved[index];
    assert.ok(Math.abs(rendered.width - reserved.width) <= 1, `badge ${index}: ${reserved.width} → ${rendered.width} px wide`);
    assert.equal(rendered.paragraph, reserved.paragraph, `badge ${index}: the line keeps its height`);
  });
});
