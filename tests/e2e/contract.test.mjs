// The embedding contract on plain HTML pages (not Trunk's): attributes and properties, hash
// links, events, fallback content, JS exports, lifecycle, bad input, CSP and network use.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ENGINE, FILES, ROOT, allRendered, shadowText, waitForShadow, useServerAndBrowser } from './harness.mjs';

const shared = useServerAndBrowser();

const page = (name) => `/pages/${name}`;

test('attributes reflect to properties and properties set attributes', async () => {
  const tab = await shared.open(page('blank.html'));
  const result = await tab.evaluate(async () => {
    const element = document.createElement('http-status');
    document.body.append(element);
    const defaults = { code: element.code, view: element.view, query: element.query, theme: element.theme, linkHash: element.linkHash, shortcut: element.shortcut };
    element.setAttribute('code', '418');
    element.view = 'badge';
    element.theme = 'dark';
    element.query = 'teapot';
    element.linkHash = true;
    const reflected = {
      code: element.code,
      viewAttribute: element.getAttribute('view'),
      themeAttribute: element.getAttribute('theme'),
      queryAttribute: element.getAttribute('query'),
      linkHashAttribute: element.hasAttribute('link-hash'),
    };
    element.linkHash = false;
    // Properties read canonical values: an unknown view is the default view, an unknown theme auto.
    const canonical = [];
    for (const [view, theme] of [[' Badge ', 'DARK'], ['carousel', 'neon'], ['', '']]) {
      element.setAttribute('view', view);
      element.setAttribute('theme', theme);
      canonical.push([element.view, element.theme]);
    }
    return { defaults, reflected, linkHashAfter: element.hasAttribute('link-hash'), canonical };
  });
  assert.deepEqual(result.defaults, { code: '', view: '', query: '', theme: 'auto', linkHash: false, shortcut: false });
  assert.deepEqual(result.canonical, [['badge', 'dark'], ['', 'auto'], ['', 'auto']]);
  assert.deepEqual(result.reflected, { code: '418', viewAttribute: 'badge', themeAttribute: 'dark', queryAttribute: 'teapot', linkHashAttribute: true });
  assert.equal(result.linkHashAfter, false);
  assert.deepEqual(await tab.problems(), []);
});

test('changes apply in place, batched to one update after the current task', async () => {
  const tab = await shared.open(page('blank.html'));
  await tab.evaluate(() => {
    const element = document.createElement('http-status');
    element.id = 'subject';
    element.code = '404';
    document.body.append(element);
  });
  await waitForShadow(tab, '.card');
  const sameRoot = await tab.evaluate(async () => {
    const element = document.getElementById('subject');
    const root = element.shadowRoot;
    element.code = '500';
    element.view = 'badge';
    // Still the old view within the task that changed the attributes.
    const unchangedInTask = root.querySelector('.card .code')?.textContent === '404';
    await new Promise((resolve) => setTimeout(resolve, 0));
    return { unchangedInTask, sameShadowRoot: element.shadowRoot === root, badge: root.querySelector('.badge')?.textContent };
  });
  assert.deepEqual(sameRoot, { unchangedInTask: true, sameShadowRoot: true, badge: '500 Internal Server Error' });
});

test('link-hash: the page hash opens an entry and selecting one writes it', async () => {
  const tab = await shared.open(`${page('hash.html')}#429`);
  await waitForShadow(tab, '.panel .explainer');
  assert.match(await shadowText(tab, '.panel .explainer .title'), /429/);
  await tab.fill('http-status >>> input[type=search]', '5xx');
  await tab.click('http-status >>> button.card[data-id="503"]');
  await tab.waitFor(() => location.hash === '#503');
  await tab.evaluate(() => { location.hash = '#499-nginx'; });
  await tab.waitFor(() => document.querySelector('http-status').shadowRoot.querySelector('.panel .explainer .vendor-tag')?.textContent === 'nginx');
  assert.deepEqual(await tab.problems(), []);
});

test('http-status-select bubbles out of the shadow root with the code', async () => {
  const tab = await shared.open(page('hash.html'));
  await waitForShadow(tab, '.results .card');
  await tab.evaluate(() => {
    window.selections = [];
    document.addEventListener('http-status-select', (event) => window.selections.push({ ...event.detail, composed: event.composed, bubbles: event.bubbles }));
  });
  await tab.fill('http-status >>> input[type=search]', '404');
  await tab.click('http-status >>> button.card[data-id="404"]');
  // The sections after the prose show once it has arrived (nothing moves under the reader).
  await tab.waitFor(() => document.querySelector('http-status').shadowRoot.querySelector('.panel .related button')?.getClientRects().length > 0);
  await tab.click('http-status >>> .panel .related button');
  const selections = await tab.evaluate(() => window.selections);
  assert.equal(selections.length, 2);
  assert.deepEqual(selections[0], { code: 404, id: '404', composed: true, bubbles: true });
});

test('light-DOM text is the fallback without JS and is not shown twice once rendered', async () => {
  const noScript = await shared.open(`${page('basic.html')}?nojs`, { ready: false });
  assert.match(await noScript.evaluate(() => document.body.innerText), /answered 404 Not Found\./);
  // WebKitWebDriver drives one page at a time.
  await noScript.close();

  const tab = await shared.open(page('basic.html'));
  await waitForShadow(tab, '.card');
  const lightTextWidth = await tab.evaluate(() => {
    const range = document.createRange();
    range.selectNodeContents(document.querySelector('http-status'));
    return range.getBoundingClientRect().width;
  });
  assert.equal(lightTextWidth, 0, 'the light-DOM text is not rendered next to the shadow content');
});

test('JS exports: ready, lookup, search, codes', async () => {
  const tab = await shared.open(page('blank.html'));
  const result = await tab.evaluate(async () => {
    const api = await import('/dist/http-status.js');
    await api.ready;
    const all = api.codes();
    const sorted = all.every((entry, index) => index === 0 || all[index - 1].code < entry.code
      || (all[index - 1].code === entry.code && (all[index - 1].registry === 'iana' || entry.registry === 'vendor')));
    return {
      defined: Boolean(customElements.get('http-status')),
      notFound: api.lookup(404).phrase,
      fromString: api.lookup(' 413 ').phrase,
      fields: Object.keys(api.lookup(404)).sort(),
      vendorOnly: api.lookup(499).registry,
      unknown: [api.lookup(999), api.lookup('abc'), api.lookup(299), api.lookup(null)],
      rateLimit: api.search('rate limit', 3).map((entry) => entry.code),
      byNumber: api.search(404, 3).map((entry) => [entry.code, entry.kind]),
      limited: api.search('', 5).length,
      count: all.length,
      sorted,
      spec: api.lookup(404).spec,
      vendorSpec: api.lookup(520).spec,
    };
  });
  assert.equal(result.defined, true);
  assert.equal(result.notFound, 'Not Found');
  assert.equal(result.fromString, 'Content Too Large');
  for (const field of ['code', 'phrase', 'class', 'registry', 'status', 'deprecated', 'vendor', 'aliases', 'summary', 'explanation', 'spec', 'headers', 'related', 'cacheable']) {
    assert.ok(result.fields.includes(field), `entries have ${field}`);
  }
  assert.equal(result.vendorOnly, 'vendor');
  assert.deepEqual(result.unknown, [null, null, null, null]);
  assert.equal(result.rateLimit[0], 429);
  assert.deepEqual(result.byNumber[0], [404, 'status'], 'search takes a number as lookup does: the status first');
  assert.ok(result.byNumber.slice(1).every(([code, kind]) => code === 404 && kind === 'substatus'), 'then what refines it');
  assert.equal(result.limited, 5);
  assert.ok(result.count >= 99);
  assert.equal(result.sorted, true);
  assert.deepEqual(result.spec, { title: 'RFC 9110, Section 15.5.5', url: 'https://www.rfc-editor.org/rfc/rfc9110.html#section-15.5.5' });
  assert.equal(result.vendorSpec, null);
  assert.deepEqual(await tab.problems(), []);
});

test('dist ships the declarations, the manifest and the JSON database, and they match the element', async () => {
  const declarations = await readFile(join(ROOT, 'dist/http-status.d.ts'), 'utf8');
  for (const name of ['ready', 'lookup', 'search', 'codes', 'explainResponse']) assert.match(declarations, new RegExp(`export (const|function) ${name}\\b`));
  const manifest = JSON.parse(await readFile(join(ROOT, 'dist/custom-elements.json'), 'utf8'));
  const element = manifest.modules[0].declarations.find((declaration) => declaration.tagName === 'http-status');
  const database = JSON.parse(await readFile(join(ROOT, 'dist/http-status-codes.json'), 'utf8'));
  assert.ok(database.length >= 180, `${database.length} entries`);
  assert.deepEqual(database.map((entry) => entry.code), database.map((entry) => entry.code).sort((a, b) => a - b), 'in code order');
  assert.equal(database.find((entry) => entry.id === '404')?.phrase, 'Not Found');

  const tab = await shared.open(page('blank.html'));
  const observed = await tab.evaluate(() => [...customElements.get('http-status').observedAttributes].sort());
  assert.deepEqual(element.attributes.map((attribute) => attribute.name).sort(), observed);
  assert.deepEqual(element.events.map((event) => event.name), ['http-status-select']);
  const readme = await readFile(join(ROOT, 'README.md'), 'utf8');
  for (const part of element.cssParts) assert.match(readme, new RegExp(`\\| \`${part.name}\` \\|`), `README documents part ${part.name}`);
  const styles = join(ROOT, 'styles');
  const stylesheet = (await Promise.all((await readdir(styles)).map((name) => readFile(join(styles, name), 'utf8')))).join('\n');
  for (const property of element.cssProperties) assert.ok(stylesheet.includes(`var(${property.name}`), `the stylesheet reads ${property.name}`);
});

test('many instances share one wasm module and one stylesheet', async () => {
  const tab = await shared.open(page('blank.html'));
  const sharing = await tab.evaluate(async () => {
    for (let index = 0; index < 50; index++) {
      const element = document.createElement('http-status');
      element.code = String(200 + (index % 8));
      element.view = 'badge';
      document.body.append(element);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    const sheets = [...document.querySelectorAll('http-status')].map((element) => element.shadowRoot.adoptedStyleSheets[0]);
    return { sameSheet: sheets.every((sheet) => sheet === sheets[0]), rendered: document.querySelectorAll('http-status').length };
  });
  assert.deepEqual(sharing, { sameSheet: true, rendered: 50 });
  // The page awaited `ready`, so every wasm file came, each once.
  const wasmRequests = (await tab.requests()).filter((url) => url.endsWith('.wasm')).map((url) => new URL(url).pathname.split('/').pop());
  assert.deepEqual(wasmRequests.sort(), [FILES.app.wasm, FILES.element.wasm, FILES.reader.wasm].sort());
});

test('a badge switches to other views and codes and back, each badge on its own', async () => {
  const tab = await shared.open(page('blank.html'));
  const result = await tab.evaluate(async () => {
    const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
    const [first, second] = ['404', '404'].map((code) => {
      const element = document.createElement('http-status');
      element.code = code;
      element.view = 'badge';
      document.getElementById('main').append(element);
      return element;
    });
    await tick();
    const root = first.shadowRoot;
    const seen = (element) => [...element.shadowRoot.querySelectorAll('.root')].map((node) => node.textContent.slice(0, 30));
    first.shadowRoot.querySelector('.badge').dataset.marked = '';
    const sameCode = { first: seen(first), secondMarked: second.shadowRoot.querySelector('.badge[data-marked]') !== null };
    first.view = 'explainer';
    await tick();
    const explainer = first.shadowRoot.querySelector('.explainer .code')?.textContent;
    first.code = 'abc';
    first.view = 'badge';
    await tick();
    const problem = seen(first);
    first.code = '503';
    await tick();
    return { sameCode, explainer, problem, back: seen(first), sameShadowRoot: first.shadowRoot === root, second: seen(second) };
  });
  assert.deepEqual(result, {
    sameCode: { first: ['404 Not FoundThe server has no'], secondMarked: false },
    explainer: '404',
    problem: ['Not a status code'],
    back: ['503 Service UnavailableThe ser'],
    sameShadowRoot: true,
    second: ['404 Not FoundThe server has no'],
  });
  const warnings = await tab.warnings();
  assert.equal(warnings.filter((warning) => warning.includes('<http-status>')).length, 1, warnings.join('\n'));
  assert.deepEqual(await tab.problems(), []);
});

test('moving an element keeps it working; createElement with properties set first works', async () => {
  const tab = await shared.open(page('blank.html'));
  const result = await tab.evaluate(async () => {
    const element = document.createElement('http-status');
    element.code = '418';
    element.view = 'badge';
    document.getElementById('main').append(element);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const before = element.shadowRoot.querySelector('.badge')?.textContent;
    document.getElementById('aside').append(element);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const moved = element.shadowRoot.querySelectorAll('.root').length;
    element.code = '201';
    await new Promise((resolve) => setTimeout(resolve, 0));
    return { before, moved, after: element.shadowRoot.querySelector('.badge')?.textContent };
  });
  assert.deepEqual(result, { before: '418 (Unused)', moved: 1, after: '201 Created' });
  assert.deepEqual(await tab.problems(), []);
});

test('a property set before the element is defined is kept', async () => {
  const tab = await shared.open(page('blank.html'), { ready: false });
  const result = await tab.evaluate(async () => {
    // A fresh document in a frame: the element exists, with a property set, before the
    // bundle defines it there.
    const frame = document.createElement('iframe');
    frame.srcdoc = '<!doctype html><body></body>';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const inner = frame.contentDocument;
    const element = inner.createElement('http-status');
    element.code = '308';
    element.view = 'badge';
    inner.body.append(element);
    const script = inner.createElement('script');
    script.type = 'module';
    script.src = '/dist/http-status.js';
    inner.head.append(script);
    await new Promise((resolve) => {
      const poll = () => (element.shadowRoot?.querySelector('.badge') ? resolve() : setTimeout(poll, 10));
      poll();
    });
    return { text: element.shadowRoot.querySelector('.badge').textContent, attribute: element.getAttribute('code') };
  });
  assert.deepEqual(result, { text: '308 Permanent Redirect', attribute: '308' });
  assert.deepEqual(await tab.problems(), []);
});

test('removing elements frees them: 10,000 connect/disconnect cycles do not grow nodes, listeners, heap or wasm memory', async () => {
  const tab = await shared.open(page('blank.html'));
  // DOM node, listener and heap counters exist only where the engine's protocol reports them
  // (Chromium); wasm memory and a clean console are checked in every engine.
  const measure = async () => ({
    // A removed element's app empties itself in Yew's next scheduler run: let it run first.
    settled: await tab.evaluate(() => new Promise((resolve) => setTimeout(resolve, 50))),
    counters: await tab.memoryCounters(),
    // Both wasm files run on this page (the small one from the import, the full one from `ready`),
    // and whichever defined the element draws the badges and cards: count both. Each glue hands
    // back its running instance.
    wasmBytes: await tab.evaluate(async (glues) => {
      let bytes = 0;
      for (const glue of glues) bytes += (await (await import(`/dist/${glue}`)).default()).memory.buffer.byteLength;
      return bytes;
    }, [FILES.element.glue, FILES.app.glue]),
  });
  const cycle = (count) => tab.evaluate(async (count) => {
    const host = document.getElementById('main');
    for (let index = 0; index < count; index++) {
      const element = document.createElement('http-status');
      element.code = index % 2 ? '404' : '503';
      element.view = index % 3 ? 'card' : 'badge';
      host.append(element);
      // Let the element render before it goes (a macrotask, without timer clamping). The port
      // is closed after use: an open port with a handler would itself count as a listener.
      await new Promise((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          channel.port1.close();
          resolve();
        };
        channel.port2.postMessage(0);
      });
      if (!element.shadowRoot.querySelector('.card, .badge')) throw new Error(`cycle ${index} did not render`);
      element.remove();
    }
  }, count);
  await cycle(500);
  const baseline = await measure();
  await cycle(10_000);
  const after = await measure();
  assert.equal(after.wasmBytes, baseline.wasmBytes, 'wasm memory did not grow');
  if (ENGINE === 'chromium') {
    const [before, now] = [baseline.counters, after.counters];
    assert.ok(now.nodes <= before.nodes + 50, `DOM nodes ${before.nodes} → ${now.nodes}`);
    assert.ok(now.listeners <= before.listeners + 5, `listeners ${before.listeners} → ${now.listeners}`);
    assert.ok(now.heap <= before.heap * 1.2 + 1_000_000, `JS heap ${before.heap} → ${now.heap}`);
  }
  assert.deepEqual(await tab.problems(), []);
});

test('loading the bundle twice from two URLs throws nothing', async () => {
  const tab = await shared.open(page('twice.html'));
  await waitForShadow(tab, '.card');
  await tab.evaluate(() => import('/copy/http-status.js').then((copy) => copy.ready));
  assert.equal(await shadowText(tab, '.card .code'), '201');
  assert.deepEqual(await tab.problems(), []);
});

test('a tag already taken by another script is left alone, with one warning', async () => {
  const tab = await shared.open(page('no-embed.html'), { ready: false });
  const result = await tab.evaluate(async () => {
    customElements.define('http-status', class extends HTMLElement {});
    const embed = await import('/dist/http-status.js');
    await embed.ready;
    return { lookup: embed.lookup(404).code, ours: Boolean(customElements.get('http-status').httpStatus) };
  });
  assert.deepEqual(result, { lookup: 404, ours: false });
  const warnings = await tab.warnings();
  assert.equal(warnings.length, 1, warnings.join('\n'));
  assert.match(warnings[0], /already defined by another script/);
  assert.deepEqual(await tab.problems(), []);
});

test('a server without the application/wasm type still works: the wasm is compiled from its bytes', async () => {
  const tab = await shared.open(page('untyped.html'), { ready: false });
  await waitForShadow(tab, '.card');
  assert.equal(await shadowText(tab, '.card .code'), '418');
  assert.equal(await tab.evaluate(() => import('/untyped/http-status.js').then(async (embed) => {
    await embed.ready;
    return embed.lookup(418).code;
  })), 418);
  const requests = await tab.requests();
  for (const wasm of [FILES.element.wasm, FILES.app.wasm, FILES.reader.wasm]) assert.ok(requests.some((url) => url.endsWith(`/untyped/${wasm}`)), wasm);
  assert.ok(!requests.some((url) => url.includes('/dist/')), 'nothing from the typed copy');
  assert.deepEqual(await tab.problems(), []);
});

test('a missing wasm leaves the fallback text and says why once in the console', async () => {
  const tab = await shared.open(page('no-embed.html'), { ready: false });
  const outcome = await tab.evaluate(async () => {
    document.getElementById('main').innerHTML = '<http-status code="404">404 Not Found</http-status>';
    const embed = await import('/nowasm/http-status.js');
    return embed.ready.then(() => 'resolved', (error) => error.message);
  });
  // `ready` waits for the full wasm, which is missing too.
  assert.ok(outcome.includes(`nowasm/${FILES.app.wasm} answered 200 text/html instead of the wasm`), outcome);
  await tab.waitFor(() => window.__harness.problems.length > 0);
  const problems = await tab.problems();
  assert.equal(problems.length, 1, problems.join('\n'));
  assert.match(problems[0], /<http-status> could not start: .*instead of the wasm/);
  // Both wasm files are missing (the page's card asks for one, `ready` for the other): the console
  // names whichever failed first, once.
  assert.ok([FILES.element.wasm, FILES.app.wasm].some((wasm) => problems[0].includes(`publish ${wasm} next to http-status.js`)), problems[0]);
  assert.equal(await tab.evaluate(() => document.querySelector('http-status').textContent), '404 Not Found', 'the fallback text stays');
});

test('the long prose is fetched once, only for a view that shows it', async () => {
  const tab = await shared.open(page('no-embed.html'), { ready: false });
  const proseRequests = async () => (await tab.requests()).filter((url) => url.endsWith('/http-status-prose.txt')).length;
  await tab.evaluate(async () => {
    document.getElementById('main').innerHTML = '<http-status code="404" view="badge">404 Not Found</http-status><http-status code="500">500</http-status>';
    await import('/dist/http-status.js').then((embed) => embed.ready);
  });
  await waitForShadow(tab, '.card', 1);
  await tab.frames();
  assert.equal(await proseRequests(), 0, 'badges and cards do without it');
  assert.equal(await tab.evaluate(() => import('/dist/http-status.js').then((embed) => embed.lookup(500).explanation)), null);
  await tab.hover('http-status:nth-of-type(2) >>> .toggle');
  await tab.waitFor(() => performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('/http-status-prose.txt')));
  await tab.click('http-status:nth-of-type(2) >>> .toggle');
  await tab.waitFor(() => document.querySelectorAll('http-status')[1].shadowRoot.querySelector('.explainer .example'));
  await tab.evaluate(() => {
    for (const view of ['explainer', 'browser', 'explainer']) document.getElementById('main').insertAdjacentHTML('beforeend', `<http-status code="429" view="${view}"></http-status>`);
  });
  await waitForShadow(tab, '.explainer .example', 2);
  assert.equal(await proseRequests(), 1, 'fetched once for every view');
  assert.match(await tab.evaluate(() => import('/dist/http-status.js').then((embed) => embed.lookup(500).explanation)), /\S/, 'the JS exports see it too');
  assert.deepEqual(await tab.problems(), []);
});

test('without its prose file the explainer says so kindly, once in the console, and the rest works', async () => {
  const tab = await shared.open(page('no-embed.html'), { ready: false });
  await tab.evaluate(async () => {
    document.getElementById('main').innerHTML = '<http-status code="404" view="explainer"></http-status><http-status code="410" view="explainer"></http-status><http-status code="500">500</http-status>';
    await import('/noprose/http-status.js').then((embed) => embed.ready);
  });
  await tab.waitFor(() => document.querySelectorAll('http-status')[1].shadowRoot?.querySelector('.prose-state')?.textContent.includes('could not be loaded'));
  const states = await tab.evaluate(() => [...document.querySelectorAll('http-status[view]')].map((element) => ({
    title: element.shadowRoot.querySelector('.title').textContent,
    lead: element.shadowRoot.querySelector('.lead').textContent,
    state: element.shadowRoot.querySelector('.prose-state').textContent,
  })));
  for (const state of states) {
    assert.match(state.state, /^The full explanation could not be loaded \(the browser console says why\)\. The summary above still holds\.$/);
    assert.match(state.lead, /\S/, 'the summary is there');
  }
  await waitForShadow(tab, '.card', 2);
  const problems = await tab.problems();
  assert.equal(problems.length, 1, problems.join('\n'));
  assert.match(problems[0], /http-status-prose\.txt answered 404 instead of the prose: publish http-status-prose\.txt next to http-status\.js/);
});

test('bad input renders a friendly message, warns at most once per element and breaks nothing else', async () => {
  const tab = await shared.open(page('bad-input.html'));
  await allRendered(tab);
  const states = await tab.evaluate(() => [...document.querySelectorAll('http-status.bad')].map((element) => element.shadowRoot.querySelector('.root').textContent));
  assert.deepEqual(states, [
    'Not a status code999 is not an HTTP status code: status codes are three digits from 100 to 599.',
    'Not a status code\u201cabc\u201d is not an HTTP status code: status codes are three digits from 100 to 599.',
    'Not a status codeNo status code given: set code to a number such as 404.',
    'Not a status code\u201c-1\u201d is not an HTTP status code: status codes are three digits from 100 to 599.',
    'Not a status code4044 is not an HTTP status code: status codes are three digits from 100 to 599.',
    'Not a status code\u201c<img src=x onerror=windo\u2026\u201d is not an HTTP status code: status codes are three digits from 100 to 599.',
    '299: not a registered status codeNo registry entry or vendor we know uses 299. As a 2xx code it is read as success: the server got the request and did what was asked.',
    'Not a status code',
  ]);
  const facts = await tab.evaluate(() => {
    const root = (id) => document.getElementById(id).shadowRoot;
    return {
      injected: window.hacked ?? null,
      images: [...document.querySelectorAll('http-status')].reduce((count, element) => count + element.shadowRoot.querySelectorAll('img, script').length, 0),
      spaces: root('spaces').querySelector('.card .code')?.textContent,
      oddView: Boolean(root('odd-view').querySelector('.card')),
      // An unknown theme is auto: the same scheme as the element beside it that sets none.
      oddThemeScheme: getComputedStyle(document.getElementById('odd-theme')).colorScheme === getComputedStyle(document.getElementById('good-before')).colorScheme ? 'as auto' : getComputedStyle(document.getElementById('odd-theme')).colorScheme,
      hostileQuery: root('hostile-query').querySelector('input').value,
      goodBefore: root('good-before').querySelector('.card .code')?.textContent,
      goodAfter: root('good-after').querySelector('.badge')?.textContent,
    };
  });
  assert.deepEqual(facts, {
    injected: null,
    images: 0,
    spaces: '503',
    oddView: true,
    oddThemeScheme: 'as auto',
    hostileQuery: '<script>window.hacked=1</script>',
    goodBefore: '404',
    goodAfter: '500 Internal Server Error',
  });
  assert.deepEqual(await tab.problems(), [], 'no errors, no uncaught exceptions, no panics');
  const bad = await tab.evaluate(() => document.querySelectorAll('http-status.bad').length);
  const warnings = await tab.warnings();
  assert.ok(warnings.length <= bad, `at most one warning per bad element: ${warnings.join(' | ')}`);
  assert.ok(warnings.every((warning) => warning.startsWith('<http-status>')), warnings.join(' | '));
});

test('works under script-src \'self\' \'wasm-unsafe-eval\' and requests nothing but its own files', async () => {
  const tab = await shared.open(page('csp-basic.html'), { ready: false });
  await waitForShadow(tab, '.card', 0);
  await waitForShadow(tab, '.badge', 1);
  await waitForShadow(tab, '.results .card', 2);
  assert.equal(await shadowText(tab, '.card .code'), '451');
  assert.deepEqual(await tab.problems(), [], 'no CSP violation, error or exception');
  const requests = await tab.requests();
  const foreign = requests.filter((url) => !url.startsWith(shared.server.url));
  assert.deepEqual(foreign, []);
  const own = requests.map((url) => new URL(url).pathname).filter((path) => !/^\/(pages|harness)\/|^\/favicon\.ico$/.test(path));
  assert.ok(own.every((path) => path.startsWith('/dist/')), own.join(', '));
});
