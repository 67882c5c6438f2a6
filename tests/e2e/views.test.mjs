// The views as a reader uses them: flows with mouse and keyboard, accessibility (axe-core) in
// both themes, layout at 320 px, and screenshots of every view for a person to look at.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ENGINE, ROOT, allRendered, shadowText, waitForShadow, useServerAndBrowser } from './harness.mjs';

const SCREENSHOTS = join(ROOT, 'tests/screenshots');
const VIEWS = ['browser', 'card', 'explainer', 'badge', 'response', 'guide'];

const shared = useServerAndBrowser();
let axeSource;
before(async () => {
  axeSource = await readFile(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
});
after(() => console.log(`# screenshots: ${SCREENSHOTS}`));

/** A selector inside the shadow root of the view's element on the views page. */
const inView = (view, selector) => `#${view} http-status >>> ${selector}`;

async function openViews({ width = 1200, height = 900 } = {}) {
  const page = await shared.open('/pages/views.html', { viewport: { width, height } });
  await allRendered(page);
  return page;
}

async function setTheme(page, theme) {
  await page.evaluate((theme) => document.querySelectorAll('http-status').forEach((element) => { element.theme = theme; }), theme);
  await page.frames();
}

/** Pastes `text` into the search box of the browser on the response page, as a person's paste arrives: a ClipboardEvent. */
function pasteIntoBrowser(page, text) {
  return page.evaluate((text) => {
    const input = document.querySelector('#browser http-status').shadowRoot.querySelector('input[type=search]');
    input.select();
    const data = new DataTransfer();
    data.setData('text/plain', text);
    // Firefox empties a script-made DataTransfer handed to the event; it reads its own dataType/data instead.
    input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, dataType: 'text/plain', data: text, bubbles: true, cancelable: true, composed: true }));
  }, text);
}

test('typing filters the browser; the count is announced; no results offers close matches', async () => {
  const page = await openViews();
  const search = inView('browser', 'input[type=search]');
  await page.fill(search, 'retry after');
  await page.waitFor(() => document.querySelector('#browser http-status').shadowRoot.querySelector('.results .card .code')?.textContent === '429');
  assert.match(await page.text(inView('browser', '[role=status]')), /^\d+ codes?$/);
  assert.equal(await page.attribute(inView('browser', '[role=status]'), 'aria-live'), 'polite');

  await page.fill(search, 'teapoot kettel');
  await waitForShadow(page, '.empty .suggestions button');
  assert.match(await shadowText(page, '.empty-title'), /No status code matches “teapoot kettel”/);
  await page.click(inView('browser', '.suggestions button::text(418)'));
  await waitForShadow(page, '.panel .explainer');
  assert.match(await shadowText(page, '.panel .explainer .title'), /418/);
  assert.deepEqual(await page.problems(), []);
});

test('keyboard: / focuses search, arrows move, Enter opens, Escape closes and returns focus', async () => {
  const page = await openViews();
  await page.click('h1');
  await page.press('/');
  const focusedInSearch = await page.evaluate(() => document.querySelector('#browser http-status').shadowRoot.activeElement?.type);
  assert.equal(focusedInSearch, 'search');
  await page.type('5xx');
  // Under load the app may yield mid-render: wait until the results show the typed query.
  await page.waitFor(() => {
    const codes = [...document.querySelector('#browser http-status').shadowRoot.querySelectorAll('.results .card .code')].map((code) => code.textContent);
    return codes[0] === '500' && codes.every((code) => code.startsWith('5'));
  });
  await page.press('ArrowDown');
  await page.press('ArrowRight');
  const focused = () => page.evaluate(() => document.querySelector('#browser http-status').shadowRoot.activeElement?.dataset.id ?? null);
  assert.equal(await focused(), '501');
  await page.press('ArrowDown');
  const below = await focused();
  assert.ok(Number(below) > 501, `ArrowDown moves a row down, got ${below}`);
  await page.press('Enter');
  await waitForShadow(page, '.panel .explainer');
  assert.match(await shadowText(page, '.panel .explainer .title'), new RegExp(below.slice(0, 3)));
  await page.press('Escape');
  await page.waitFor(() => !document.querySelector('#browser http-status').shadowRoot.querySelector('.panel'));
  assert.equal(await focused(), below, 'focus returns to the card that opened the explainer');
  assert.deepEqual(await page.problems(), []);
});

test('card expands its explainer in place; explainer follows related codes and compares its family', async () => {
  const page = await openViews();
  await page.click(inView('card', 'button.toggle'));
  await page.waitFor(() => document.querySelector('#card http-status').shadowRoot.querySelector('.explainer'));
  assert.equal(await page.attribute(inView('card', 'button.toggle'), 'aria-expanded'), 'true');
  assert.ok(await page.isVisible(inView('card', '.explainer')));

  assert.equal(await page.count(inView('explainer', 'table.comparison tbody tr')), 5, 'the redirect matrix');
  await page.click(inView('explainer', 'table.comparison button::text(303)'));
  await page.waitFor(() => /303/.test(document.querySelector('#explainer http-status').shadowRoot.querySelector('.explainer .title').textContent));
  assert.equal(await page.attribute(inView('explainer', 'a[part=spec-link]'), 'target'), '_blank');
  assert.match(await page.attribute(inView('explainer', 'a[part=spec-link]'), 'rel'), /noopener/);
  assert.deepEqual(await page.problems(), []);
});

test('a curl -iL chain is read back step by step, secrets masked, and a status opens its explainer and comes back', async () => {
  const page = await shared.open('/pages/response.html');
  await allRendered(page);
  const view = '#response http-status >>> ';
  await waitForShadow(page, '.steps .step');
  const seen = await page.evaluate(() => {
    const root = document.querySelector('#response http-status').shadowRoot;
    const texts = (selector) => [...root.querySelectorAll(selector)].map((element) => element.textContent.trim());
    return {
      chain: root.querySelector('.chain-steps').textContent,
      verdict: root.querySelector('.chain-verdict').textContent,
      lines: texts('.status-line'),
      roles: texts('.role-tag'),
      request: texts('.request code'),
      readings: texts('.readings dd'),
      flags: [...root.querySelectorAll('.flag')].map((flag) => flag.dataset.flag),
      problem: texts('.problem-details dd'),
      everything: root.textContent,
    };
  });
  assert.equal(seen.chain, '301 Moved Permanently \u2192 429 Too Many Requests');
  assert.deepEqual(seen.lines, ['HTTP/1.1 301 Moved Permanently', 'HTTP/2 429']);
  assert.deepEqual(seen.roles, ['Redirect', 'Final']);
  assert.deepEqual(seen.request, ['POST http://api.example.com/v1/orders', 'GET https://api.example.com/v1/orders'], 'a 301 turns the POST into a GET');
  assert.ok(seen.readings.some((sentence) => /^Wait 2 minutes \(120 seconds\) before retrying: until 09:32:00 UTC/.test(sentence)), seen.readings.join(' | '));
  assert.ok(seen.readings.some((sentence) => /Cloudflare/.test(sentence)), 'the CDN that answered is named');
  assert.deepEqual(seen.problem, ['Too many requests', '100 requests per minute.']);
  assert.deepEqual(seen.flags, [], 'a 301 with its Location and a 429 with its Retry-After earn no flag');
  assert.match(seen.verdict, /^Nothing to fix/);
  assert.ok(!seen.everything.includes('a8f5f167f44f4964e6c998dee827110c') && !seen.everything.includes('eyJhbGciOiJIUzI1NiJ9'), 'cookies and tokens are masked');

  await page.click(`${view}.step:last-child .step-status button`);
  await waitForShadow(page, '.explainer-in-place .explainer .example');
  assert.match(await page.text(`${view}.explainer-in-place .explainer .title`), /429/);
  await page.click(`${view}.explainer-in-place .close`);
  await page.waitFor(() => !document.querySelector('#response http-status').shadowRoot.querySelector('.explainer-in-place'));
  assert.ok(await page.isVisible(`${view}.steps`));

  // Editing the text explains it again, flagging what a client would trip over; text that is
  // not a response says what was expected.
  await page.fill(`${view}textarea`, 'HTTP/1.1 503 Service Unavailable\nserver: envoy\ncontent-length: 19\n\nno healthy upstream');
  await page.waitFor(() => document.querySelector('#response http-status').shadowRoot.querySelector('.refinement[data-id="uh-envoy"]'));
  assert.match(await page.text(`${view}.refinement`), /^Envoy UH No healthy upstream: .+ Explain UH$/);
  await page.fill(`${view}textarea`, 'HTTP/1.1 401 Unauthorized\nContent-Type: text/html');
  await page.waitFor(() => document.querySelector('#response http-status').shadowRoot.querySelector('.flag[data-flag="missing-www-authenticate"]'));
  assert.equal(await page.text(`${view}.chain-verdict`), '1 thing to fix');
  assert.match(await page.text(`${view}.flag .flag-title`), /401 without WWW-Authenticate/);
  await page.fill(`${view}textarea`, 'Content-Type: text/html');
  await page.waitFor(() => document.querySelector('#response http-status').shadowRoot.querySelector('.response-problem'));
  assert.match(await page.text(`${view}.response-problem`), /there is no status line/);

  // A new response from the page replaces the reader's edits.
  await page.evaluate(() => document.querySelector('#response http-status').setAttribute('response', 'HTTP/1.1 204 No Content'));
  await page.waitFor(() => document.querySelector('#response http-status').shadowRoot.querySelector('textarea').value === 'HTTP/1.1 204 No Content');
  // The reader answers asynchronously (its own wasm): the new reading follows the text.
  await page.waitFor(() => document.querySelector('#response http-status').shadowRoot.querySelector('.chain-steps')?.textContent === '204 No Content');
  assert.deepEqual(await page.problems(), []);
});

test('a response with many flags: errors, then warnings, under a heading per field; the advice folded, opened by keyboard', async () => {
  const page = await openViews();
  await waitForShadow(page, '.flags', '#response http-status');
  const seen = () => page.evaluate(() => {
    const root = document.querySelector('#response http-status').shadowRoot;
    return {
      verdict: root.querySelector('.chain-verdict').textContent,
      // What a reader meets in order: each severity's heading, each field's heading, each flag.
      outline: [...root.querySelectorAll('.flag-severity-title, .flag-field, .flag')].map((element) => element.dataset.flag ?? `${element.localName} ${element.textContent.trim()}`),
      fold: root.querySelector('details.flag-severity.advice').open,
      // checkVisibility sees a closed <details>' content-visibility where the engine has it.
      visibleAdvice: [...root.querySelectorAll('.flag-severity.advice .flag')].filter((flag) => (flag.checkVisibility ? flag.checkVisibility() : flag.getClientRects().length > 0)).length,
    };
  });
  const before = await seen();
  assert.equal(before.verdict, '10 things to fix');
  assert.deepEqual(before.outline, [
    'h4 3 errors',
    'h5 The response as a whole', 'malformed-field-line',
    'h5 Content-Length', 'content-length-conflict',
    'h5 Set-Cookie', 'set-cookie-samesite-none-insecure',
    'h4 7 warnings',
    'h5 Cache-Control', 'cache-control-malformed',
    'h5 Set-Cookie', 'set-cookie-attribute-malformed',
    'h5 X-Frame-Options', 'x-frame-options-invalid',
    'h5 X-Content-Type-Options', 'x-content-type-options-invalid',
    'h5 Referrer-Policy', 'referrer-policy-unknown',
    'h5 Access-Control-Allow-Origin', 'cors-wildcard-with-credentials',
    'h5 X-Note', 'obsolete-line-folding',
    'h4 3 pieces of advice',
    'h5 Cache-Control', 'cache-control-conflict',
    'h5 Strict-Transport-Security', 'hsts-preload-unsuitable',
    'h5 Vary', 'vary-asterisk',
  ]);
  assert.deepEqual([before.fold, before.visibleAdvice], [false, 0], 'the advice starts folded');
  await page.focus(inView('response', 'details.flag-severity.advice > summary'));
  await page.press('Enter');
  await page.waitFor(() => document.querySelector('#response http-status').shadowRoot.querySelector('details.flag-severity.advice').open);
  assert.equal((await seen()).visibleAdvice, 3, 'Enter on the summary unfolds the advice');
  assert.deepEqual(await page.problems(), []);
});

test('a DevTools HTTP/2 copy pasted into the browser\'s search box is explained; Back returns to the search', async () => {
  const page = await shared.open('/pages/response.html');
  await allRendered(page);
  const view = '#browser http-status >>> ';
  await page.click(`${view}input[type=search]`);
  const devtools = ':status: 401\ncontent-type: application/json\nwww-authenticate: Bearer realm="api", error="invalid_token", error_description="The access token expired"\nx-request-id: 5f2b\n';
  await pasteIntoBrowser(page, devtools);
  await waitForShadow(page, '.response .step', 1);
  const seen = await page.evaluate(() => {
    const root = document.querySelector('#browser http-status').shadowRoot;
    return {
      query: root.querySelector('input[type=search]').value,
      line: root.querySelector('.status-line').textContent,
      readings: [...root.querySelectorAll('.readings dd')].map((dd) => dd.textContent),
      results: root.querySelectorAll('.results').length,
    };
  });
  assert.deepEqual([seen.query, seen.line, seen.results], ['gateway', '401', 0], 'the search keeps its text; the results give way');
  assert.ok(seen.readings.some((sentence) => /invalid_token/.test(sentence) && /expired/.test(sentence)), seen.readings.join(' | '));
  await page.click(`${view}.back-to-search`);
  await waitForShadow(page, '.results .card', 1);
  assert.deepEqual(await page.problems(), []);
});

test('a long paste is explained with its text box folded; the button unfolds the whole text, focused at its start', async () => {
  const page = await shared.open('/pages/response.html');
  await allRendered(page);
  const view = '#browser http-status >>> ';
  // A 200 with a JSON body of 68 KB, longer than the 64 KiB past which the box folds.
  const body = `[${Array.from({ length: 2000 }, (_, id) => `{"id": ${id}, "name": "item ${id}"}`).join(',\n')}]`;
  const text = `HTTP/1.1 200 OK\ncontent-type: application/json\ncontent-length: ${body.length}\n\n${body}`;
  await pasteIntoBrowser(page, text);
  await waitForShadow(page, '.response .step', 1);
  const folded = await page.evaluate(() => {
    const root = document.querySelector('#browser http-status').shadowRoot;
    return { boxes: root.querySelectorAll('.response textarea').length, note: root.querySelector('.response-folded')?.textContent, line: root.querySelector('.status-line').textContent };
  });
  assert.equal(folded.boxes, 0, 'no text box while folded');
  assert.match(folded.note, /^The pasted text \(\d+ KB, 2,004 lines\) is read in full below\./);
  assert.equal(folded.line, 'HTTP/1.1 200 OK');
  await page.click(`${view}.response-folded button`);
  await waitForShadow(page, '.response textarea', 1);
  const opened = await page.evaluate(() => {
    const root = document.querySelector('#browser http-status').shadowRoot;
    const area = root.querySelector('.response textarea');
    return { length: area.value.length, focused: root.activeElement === area, caret: area.selectionStart, folds: root.querySelectorAll('.response-folded').length };
  });
  assert.deepEqual(opened, { length: text.length, focused: true, caret: 0, folds: 0 }, 'the whole text, nothing lost, focused at its start');
  // A second long paste arrives folded again, and unfolds focused too.
  const second = text.replace('200 OK', '201 Created');
  await page.click(`${view}input[type=search]`);
  await pasteIntoBrowser(page, second);
  await waitForShadow(page, '.response-folded button', 1);
  await page.click(`${view}.response-folded button`);
  await waitForShadow(page, '.response textarea', 1);
  const reopened = await page.evaluate(() => {
    const root = document.querySelector('#browser http-status').shadowRoot;
    const area = root.querySelector('.response textarea');
    return { length: area.value.length, focused: root.activeElement === area, line: root.querySelector('.status-line').textContent };
  });
  assert.deepEqual(reopened, { length: second.length, focused: true, line: 'HTTP/1.1 201 Created' });
  assert.deepEqual(await page.problems(), []);
});

test('a chain of 60 responses draws its first 50 steps, and a button says what the rest hold and draws them', async () => {
  const page = await openViews();
  const view = '#response http-status >>> ';
  const text = 'HTTP/1.1 200 OK\ncontent-length: 0\n\n'.repeat(50) + 'HTTP/1.1 401 Unauthorized\ncontent-length: 0\n\n'.repeat(10);
  await page.evaluate((text) => document.querySelector('#response http-status').setAttribute('response', text), text);
  await page.waitFor(() => document.querySelector('#response http-status').shadowRoot.querySelector('.more-steps'));
  assert.equal(await page.text(`${view}.chain-steps`), '60 responses: 50 \u00d7 200 OK, 10 \u00d7 401 Unauthorized');
  assert.equal(await page.evaluate(() => document.querySelector('#response http-status').shadowRoot.querySelectorAll('.step').length), 50);
  assert.equal(await page.text(`${view}.more-steps`), 'Show the other 10 responses, 10 of them with something to fix');
  await page.click(`${view}.more-steps`);
  await page.waitFor(() => document.querySelector('#response http-status').shadowRoot.querySelectorAll('.step').length === 60);
  assert.equal(await page.evaluate(() => document.querySelector('#response http-status').shadowRoot.querySelectorAll('.more-steps').length), 0);
  assert.deepEqual(await page.problems(), []);
});

test('several lines pasted into the search box keep their breaks as ⏎, and each line is read on its own', async () => {
  const page = await shared.open('/pages/response.html');
  await allRendered(page);
  await page.click('#browser http-status >>> input[type=search]');
  // IntelliJ's lines under a failed MockMvc test: the expected status, then the actual one.
  const failure = 'java.lang.AssertionError: Status expected:<200> but was:<403>\nExpected :200\nActual   :403\n';
  await pasteIntoBrowser(page, failure);
  await page.waitFor(() => document.querySelector('#browser http-status').shadowRoot.querySelector('.results .card .code')?.textContent === '403');
  const seen = await page.evaluate(() => {
    const root = document.querySelector('#browser http-status').shadowRoot;
    return { query: root.querySelector('input[type=search]').value, cards: root.querySelectorAll('.results .card').length };
  });
  assert.equal(seen.query, 'java.lang.AssertionError: Status expected:<200> but was:<403> ⏎ Expected :200 ⏎ Actual   :403');
  assert.ok(seen.cards <= 3, `only what the lines support: ${seen.cards} cards`);
  assert.deepEqual(await page.problems(), []);
});

test('the guide walks two paths by keyboard alone, announcing each question, and its link restores the walk', async () => {
  const page = await openViews();
  const focusedText = () => page.evaluate(() => {
    const active = document.querySelector('#guide http-status').shadowRoot.activeElement;
    return active ? `${active.tagName.toLowerCase()}: ${active.textContent.trim()}` : null;
  });
  /** Tabs from the current question's heading to the answer and presses Enter on it. */
  const answer = async (id) => {
    const position = await page.evaluate((id) => [...document.querySelector('#guide http-status').shadowRoot.querySelectorAll('.answers button')].findIndex((button) => button.dataset.answer === id), id);
    assert.ok(position >= 0, `an answer ${id}`);
    for (let tab = 0; tab <= position; tab++) await page.press('Tab');
    await page.press('Enter');
    await page.frames();
  };
  await page.focus(inView('guide', 'button[data-answer="request"]'));
  await page.press('Enter');
  await page.frames();
  assert.match(await focusedText(), /^h3: Question 2: /, 'focus moves to the new question, which says where the reader is');
  await answer('who');
  await answer('unknown');
  await page.waitFor(() => document.querySelector('#guide http-status').shadowRoot.querySelector('.guide-leaf'));
  assert.match(await focusedText(), /^p: The answer: Send/);
  const leaf = await page.evaluate(() => {
    const guide = document.querySelector('#guide http-status').shadowRoot;
    return {
      code: guide.querySelector('.guide-code .code').textContent,
      headers: [...guide.querySelectorAll('.guide-leaf dt')].map((dt) => dt.textContent),
      example: guide.querySelector('.guide-leaf .example').textContent,
      crumbs: [...guide.querySelectorAll('.crumb')].map((crumb) => crumb.textContent.trim()).length,
      hash: location.hash,
    };
  });
  assert.deepEqual([leaf.code, leaf.crumbs, leaf.hash], ['401', 3, '#guide/request/who/unknown']);
  assert.ok(leaf.headers.includes('WWW-Authenticate'));
  assert.match(leaf.example, /^HTTP\/1\.1 401 Unauthorized\nWWW-Authenticate: /);

  // Back by keyboard, then the second path: something created.
  await page.focus(inView('guide', '.guide-actions button::text(Start over)'));
  await page.press('Enter');
  await page.frames();
  assert.match(await focusedText(), /^h3: Question 1: /);
  await answer('ok');
  await answer('created');
  await page.waitFor(() => document.querySelector('#guide http-status').shadowRoot.querySelector('.guide-leaf .code')?.textContent === '201');
  assert.equal(await page.evaluate(() => location.hash), '#guide/ok/created');
  await page.focus(inView('guide', '.guide-leaf .actions button.toggle'));
  await page.press('Enter');
  await waitForShadow(page, '.explainer-in-place .explainer', '#guide http-status');
  assert.match(await page.text(inView('guide', '.explainer-in-place .explainer .title')), /201/);

  assert.deepEqual(await page.problems(), []);
  await page.close();

  // The link restores the walk; a broken one says so and picks up where it still made sense.
  const restored = await shared.open('/pages/views.html#guide/request/who/unknown');
  await allRendered(restored);
  assert.equal(await restored.text(inView('guide', '.guide-code .code')), '401');
  await restored.close();
  const broken = await shared.open('/pages/views.html#guide/request/who/nobody');
  await allRendered(broken);
  assert.match(await broken.text(inView('guide', '.guide-broken')), /\u201cnobody\u201d is not an answer to/);
  assert.ok(await broken.count(inView('guide', '.answers button')) >= 2, 'the question the link reached is asked');
  assert.deepEqual(await broken.problems(), []);
});

test('copy buttons hand the code, status line and example to the clipboard and say how it went', async () => {
  const page = await openViews();
  // The clipboard itself is the browser's: record what the buttons ask it to hold, and let a
  // test decide whether the write succeeds.
  await page.evaluate(() => {
    window.copied = [];
    window.refuseCopies = false;
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: (text) => (window.refuseCopies ? Promise.reject(new Error('refused')) : (window.copied.push(text), Promise.resolve())) },
    });
  });
  for (const label of ['Copy code', 'Copy status line', 'Copy example']) {
    await page.click(inView('explainer', `.explainer-head button::text(${label})`));
  }
  await page.waitFor(() => window.copied.length === 3);
  const copied = await page.evaluate(() => window.copied);
  assert.deepEqual(copied.slice(0, 2), ['308', 'HTTP/1.1 308 Permanent Redirect']);
  assert.match(copied[2], /^HTTP\/1\.1 308 Permanent Redirect\nLocation: /);
  assert.ok(await page.count(inView('explainer', '.explainer-head button[data-copied=done]')) >= 1, 'the button says it copied');

  // The badge's popover button, then the outcome giving way to the label again.
  const badgeButton = inView('badge', '.popover button');
  await page.hover(inView('badge', '.badge'));
  await page.click(badgeButton);
  await page.waitFor(() => window.copied.length === 4);
  assert.equal((await page.evaluate(() => window.copied))[3], 'HTTP/1.1 413 Content Too Large');
  assert.equal(await page.attribute(badgeButton, 'data-copied'), 'done');
  assert.match(await page.text(badgeButton), /Copied/);
  await page.waitFor(() => !document.querySelector('#badge http-status').shadowRoot.querySelector('[data-copied]'));
  assert.equal(await page.text(badgeButton), 'Copy status line');
  // A refused write says so.
  await page.evaluate(() => { window.refuseCopies = true; });
  await page.click(badgeButton);
  await page.waitFor(() => document.querySelector('#badge http-status').shadowRoot.querySelector('[data-copied=failed]'));
  assert.match(await page.text(badgeButton), /Copy failed/);
  assert.deepEqual(await page.problems(), []);
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
  const popover = inView('badge', '.popover');
  assert.equal(await page.isVisible(popover), false);
  await page.hover(inView('badge', '.badge'));
  await page.waitFor(() => getComputedStyle(document.querySelector('#badge http-status').shadowRoot.querySelector('.popover')).visibility === 'visible');
  assert.match(await page.text(popover), /body|request|upload|large/i);
  await page.pointer('move', 1, 1);
  await page.focus(inView('badge', '.badge'));
  await page.waitFor(() => getComputedStyle(document.querySelector('#badge http-status').shadowRoot.querySelector('.popover')).visibility === 'visible');
});

test('zero axe-core violations in every view, in both themes', async () => {
  const page = await openViews();
  await page.evaluate((source) => {
    const script = document.createElement('script');
    script.textContent = source;
    document.head.append(script);
  }, axeSource);
  for (const theme of ['light', 'dark']) {
    await setTheme(page, theme);
    // Open the browser's explainer panel too, so it is checked.
    await page.fill(inView('browser', 'input[type=search]'), 'not found');
    await page.click(inView('browser', 'button.card[data-id="404"]'));
    await waitForShadow(page, '.panel .explainer');
    // And the guide at its end.
    for (const answer of ['request', 'who', 'unknown']) await page.click(inView('guide', `button[data-answer="${answer}"]`));
    await waitForShadow(page, '.guide-leaf', '#guide http-status');
    for (const view of VIEWS) {
      const result = await page.evaluate(async (selector) => {
        const outcome = await window.axe.run({ include: [[selector]] }, { resultTypes: ['violations'], elementRef: true });
        // A result card is a button named by its heading ("404 Not Found") and described by its
        // summary (accessibility.test.mjs reads both in each engine). axe's label-in-name check
        // takes every visible word in the button, summary and tags too, for its label; the label a
        // reader sees and says is the heading. Such a card passes here when its heading names it.
        const namedByHeading = (violation, node) => violation.id === 'label-content-name-mismatch' && node.element.matches('.results button.card')
          && node.element.getAttribute('aria-labelledby') === node.element.querySelector('.heading').id;
        return outcome.violations
          .map((violation) => ({ ...violation, nodes: violation.nodes.filter((node) => !namedByHeading(violation, node)) }))
          .filter((violation) => violation.nodes.length)
          .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
      }, `#${view} http-status`);
      assert.deepEqual(result, [], `${view} view, ${theme} theme`);
    }
    await page.press('Escape');
    await page.click(inView('guide', '.guide-actions button::text(Start over)'));
  }
});

/** The card background of each element on the themes page, as `light` or `dark`. */
const schemes = (page) => page.evaluate(() => Object.fromEntries([...document.querySelectorAll('http-status')].map((element) => {
  const background = getComputedStyle(element.shadowRoot.querySelector('.card')).backgroundColor;
  return [element.id, { 'rgb(255, 255, 255)': 'light', 'rgb(21, 24, 30)': 'dark' }[background] ?? background];
})));

test('theme: auto follows the page\'s color-scheme as its toggle switches, and its colours where it sets none (theme.test.mjs); light and dark are fixed', async () => {
  const page = await shared.open('/pages/themes.html');
  await allRendered(page);
  const fixed = { 'in-dark-box': 'dark', 'forced-light': 'light', 'forced-dark': 'dark' };
  await page.evaluate(() => document.documentElement.classList.add('declared'));
  await page.frames();
  assert.deepEqual(await schemes(page), { auto: 'light', ...fixed, styled: 'light' }, 'the page declares light');
  await page.evaluate(() => document.documentElement.classList.add('dark'));
  await page.frames();
  assert.deepEqual(await schemes(page), { auto: 'dark', ...fixed, styled: 'dark' }, 'the site switched to dark');
  // A page that declares no scheme at all ("normal"): its black text on white says light.
  await page.evaluate(() => document.documentElement.classList.remove('dark', 'declared'));
  await page.frames();
  assert.deepEqual(await schemes(page), { auto: 'light', ...fixed, styled: 'light' }, 'no scheme declared, light system');
  assert.deepEqual(await page.problems(), []);
});

test('CSS custom properties and ::part() style the inside of the element', async () => {
  const page = await shared.open('/pages/themes.html');
  await allRendered(page);
  const styles = await page.evaluate(() => {
    const root = document.getElementById('styled').shadowRoot;
    const card = getComputedStyle(root.querySelector('.card'));
    return {
      accent: getComputedStyle(root.querySelector('.toggle')).color,
      radius: card.borderTopLeftRadius,
      outline: `${card.outlineWidth} ${card.outlineStyle} ${card.outlineColor}`,
      copy: getComputedStyle(root.querySelector('[part=copy-button]')).textTransform,
      unstyled: getComputedStyle(document.getElementById('auto').shadowRoot.querySelector('.card')).outlineStyle,
    };
  });
  assert.deepEqual(styles, { accent: 'rgb(1, 2, 3)', radius: '3px', outline: '3px solid rgb(4, 5, 6)', copy: 'uppercase', unstyled: 'none' });
});

test('sizes follow the text around the element, not the page\'s root font size (mdBook\'s 62.5 %, Material\'s 125 %)', async () => {
  const page = await shared.open('/pages/blank.html');
  const sizes = await page.evaluate(async () => {
    const measure = async (rootSize, bodySize) => {
      document.documentElement.style.fontSize = rootSize;
      document.body.style.fontSize = bodySize;
      const element = document.createElement('http-status');
      element.code = '429';
      document.body.append(element);
      await new Promise((resolve) => setTimeout(resolve, 50));
      const root = element.shadowRoot;
      const size = (selector) => getComputedStyle(root.querySelector(selector)).fontSize;
      const result = { summary: size('.summary'), phrase: size('.phrase'), card: Math.round(root.querySelector('.card').getBoundingClientRect().height) };
      element.remove();
      return result;
    };
    return [await measure('', ''), await measure('62.5%', '1.6rem'), await measure('125%', '0.8rem')];
  });
  assert.deepEqual(sizes[1], sizes[0], 'mdBook-style root');
  assert.deepEqual(sizes[2], sizes[0], 'Material-style root');
  assert.equal(sizes[0].summary, '16px');
});

test('usable at 320 px: no horizontal scrolling in any view', async () => {
  const page = await openViews({ width: 320, height: 720 });
  await page.fill(inView('browser', 'input[type=search]'), 'too many');
  await page.click(inView('browser', 'button.card[data-id="429"]'));
  await waitForShadow(page, '.panel .explainer');
  const widths = await page.evaluate(() => ({ page: document.scrollingElement.scrollWidth, viewport: window.innerWidth }));
  assert.ok(widths.page <= widths.viewport, `page scrolls sideways: ${widths.page} > ${widths.viewport}`);
  const results = await page.evaluate(() => getComputedStyle(document.querySelector('#browser http-status').shadowRoot.querySelector('.results-column')).display);
  assert.equal(results, 'none', 'at narrow widths the explainer replaces the results');
});

test('screenshots of a response\'s flags at 390 px and wide, in both themes, the advice unfolded', async () => {
  for (const [theme, width] of [['light', 1200], ['dark', 1200], ['light', 390], ['dark', 390]]) {
    const page = await openViews({ width, height: 900 });
    await page.evaluate((theme) => { document.documentElement.style.colorScheme = theme; }, theme);
    await setTheme(page, theme);
    await waitForShadow(page, '.flags', '#response http-status');
    await page.click(inView('response', 'details.flag-severity.advice > summary'));
    await page.frames();
    const widths = await page.evaluate(() => ({ page: document.scrollingElement.scrollWidth, viewport: window.innerWidth }));
    assert.ok(widths.page <= widths.viewport, `page scrolls sideways: ${widths.page} > ${widths.viewport}`);
    await page.screenshot(join(SCREENSHOTS, `response-flags-${theme}-${width}-${ENGINE}.png`), '#response');
    await page.close();
  }
});

test('screenshots of every view in both themes and at 320 px', async () => {
  for (const [theme, width] of [['light', 1200], ['dark', 1200], ['light', 320], ['dark', 320]]) {
    const page = await openViews({ width, height: 900 });
    await page.evaluate((theme) => { document.documentElement.style.colorScheme = theme; }, theme);
    await setTheme(page, theme);
    await page.fill(inView('browser', 'input[type=search]'), '5xx');
    await page.click(inView('browser', 'button.card[data-id="503"]'));
    await waitForShadow(page, '.panel .explainer');
    if (width >= 760) {
      const beside = await page.evaluate(() => {
        const root = document.querySelector('#browser http-status').shadowRoot;
        const [results, panel] = ['.results-column', '.panel'].map((selector) => root.querySelector(selector).getBoundingClientRect());
        return panel.left >= results.right && Math.abs(panel.top - results.top) < 2;
      });
      assert.ok(beside, 'wide: the explainer sits beside the results');
    }
    for (const view of VIEWS) {
      if (view === 'badge') await page.hover(inView('badge', '.badge'));
      await page.frames();
      await page.screenshot(join(SCREENSHOTS, `${view}-${theme}-${width}-${ENGINE}.png`), `#${view}`);
      // The badge's summary would otherwise hang over the next section's picture.
      if (view === 'badge') await page.pointer('move', 1, 1);
    }
    await page.close();
  }
});
