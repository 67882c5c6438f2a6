// The embed path end to end: dist/ served on 127.0.0.1, a plain page of our own, one script tag.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shadowText, waitForShadow, useServerAndBrowser } from './harness.mjs';

const shared = useServerAndBrowser();

test('one script tag renders <http-status code="404"> inside its shadow root', async () => {
  const page = await shared.open('/pages/basic.html');
  await waitForShadow(page, '.card');
  assert.equal(await shadowText(page, '.card .code'), '404');
  assert.equal(await shadowText(page, '.card .phrase'), 'Not Found');
  assert.deepEqual(await page.problems(), []);
});

test('a page in another folder loads the bundle by a relative URL', async () => {
  const page = await shared.open('/pages/nested/deeper/relative.html');
  await waitForShadow(page, '.badge');
  assert.equal(await shadowText(page, '.badge'), '503 Service Unavailable');
  assert.deepEqual(await page.problems(), []);
});
