// theme="auto" on pages that declare no color-scheme: the widget takes the page's own colours,
// as Sphinx's Furo switches them with body[data-theme] (and with the system under "auto").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allRendered, useServerAndBrowser } from './harness.mjs';

const shared = useServerAndBrowser();

/** Each element's scheme, read from the surface it paints: its card, or its badge's popover. */
const schemes = (page) => page.evaluate(() => Object.fromEntries([...document.querySelectorAll('http-status')].map((element) => {
  const surface = element.shadowRoot.querySelector('.card, .popover');
  const background = getComputedStyle(surface).backgroundColor;
  return [element.id, { 'rgb(255, 255, 255)': 'light', 'rgb(21, 24, 30)': 'dark' }[background] ?? background];
})));

const setTheme = async (page, theme) => {
  await page.evaluate((theme) => { document.body.dataset.theme = theme; }, theme);
  await page.frames();
};

for (const system of ['light', 'dark']) {
  test(`a page switched by body[data-theme] (Furo): the widget follows each switch, with a ${system} system`, async () => {
    const page = await shared.open('/pages/furo-theme.html', { colorScheme: system });
    await allRendered(page);
    await page.frames();
    const both = (scheme) => ({ badge: scheme, card: scheme, panel: 'dark' });
    assert.deepEqual(await schemes(page), both(system), 'auto: the page follows the system');
    await setTheme(page, 'dark');
    assert.deepEqual(await schemes(page), both('dark'), 'switched to dark');
    await setTheme(page, 'light');
    assert.deepEqual(await schemes(page), both('light'), 'switched to light');
    await setTheme(page, 'auto');
    assert.deepEqual(await schemes(page), both(system), 'back to auto');
    assert.deepEqual(await page.problems(), []);
  });
}

test('a page that declares no scheme and sets no colours stays light on a dark system, and so does the widget', async () => {
  const page = await shared.open('/pages/themes.html', { colorScheme: 'dark' });
  await allRendered(page);
  assert.equal(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches), true, 'the system is dark');
  await page.frames();
  assert.equal((await schemes(page)).auto, 'light');
  await page.evaluate(() => document.documentElement.classList.add('dark'));
  await page.frames();
  assert.equal((await schemes(page)).auto, 'dark', 'the page\'s own dark scheme applies');
});
