// The element as a guest in a documentation site: the host's keyboard shortcuts never fire
// while a reader types or moves inside the widget, and the widget takes no key it does not use.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allRendered, useServerAndBrowser } from './harness.mjs';

const shared = useServerAndBrowser();

const activeId = (page) => page.evaluate(() => document.querySelector('#browser').shadowRoot.activeElement?.dataset.id ?? null);

test('typing, arrows, Enter, Escape, Home and End inside the widget reach none of the host\'s shortcuts', async () => {
  const page = await shared.open('/pages/host-shortcuts.html');
  await allRendered(page);
  await page.click('#browser >>> input[type=search]');
  await page.type('GET /users 404 s');
  await page.press('Home');
  await page.press('End');
  for (let index = 0; index < ' s'.length; index++) await page.press('Backspace');
  await page.waitFor(() => document.querySelector('#browser').shadowRoot.querySelector('.results .card .code')?.textContent === '404');
  await page.press('ArrowDown');
  assert.equal(await activeId(page), '404');
  await page.fill('#browser >>> input[type=search]', '5xx');
  await page.waitFor(() => document.querySelector('#browser').shadowRoot.querySelectorAll('.results .card').length > 4);
  await page.press('ArrowDown');
  await page.press('ArrowRight');
  await page.press('ArrowLeft');
  await page.press('End');
  await page.press('Home');
  assert.equal(await activeId(page), '500');
  await page.press('Enter');
  await page.waitFor(() => document.querySelector('#browser').shadowRoot.querySelector('.panel .explainer'));
  await page.press('Escape');
  await page.waitFor(() => !document.querySelector('#browser').shadowRoot.querySelector('.panel'));
  assert.deepEqual(await page.evaluate(() => window.hostActions), []);
  assert.deepEqual(await page.evaluate(() => window.keysAtWindow), [], 'no key the widget used reached the page');
  // Tab is the page's: it moves focus on and the page sees it.
  await page.press('Tab');
  assert.deepEqual(await page.evaluate(() => window.keysAtWindow), ['Tab']);
  assert.deepEqual(await page.problems(), []);
});

test('keys the widget does not use reach the page; "/" belongs to the page unless the element asks for it', async () => {
  const page = await shared.open('/pages/host-shortcuts.html');
  await allRendered(page);
  // An arrow on the card's Explain button means nothing to the card: the page may use it.
  await page.focus('#card >>> button.toggle');
  await page.press('ArrowRight');
  await page.click('h1');
  await page.press('/');
  assert.deepEqual(await page.evaluate(() => window.hostActions), ['mdbook goes to the next chapter', 'mdbook search opens on /', 'docsearch opens on /']);
  assert.equal(await page.evaluate(() => document.querySelector('#browser').shadowRoot.activeElement), null, 'without shortcut, "/" leaves the search box alone');

  await page.evaluate(() => {
    document.querySelector('#browser').shortcut = true;
    window.hostActions.length = 0;
  });
  await page.waitFor(() => document.querySelector('#browser').getAttribute('placeholder') === null
    && document.querySelector('#browser').shadowRoot.querySelector('input').placeholder.includes('press /'));
  await page.click('h1');
  await page.press('/');
  assert.equal(await page.evaluate(() => document.querySelector('#browser').shadowRoot.activeElement?.type), 'search');
  assert.equal(await page.evaluate(() => document.querySelector('#browser').shadowRoot.querySelector('input').value), '', 'the "/" is not typed into the box');
  assert.deepEqual(await page.evaluate(() => window.hostActions), [], 'the page\'s own "/" did not also fire');
  assert.deepEqual(await page.problems(), []);
});
