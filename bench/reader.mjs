// The response reader in the browser: `explainResponse` (the reader's wasm's JS API, its answer
// turned into plain objects as users get it) on a usual paste and on 1 MB ones, the same kinds
// as the native benchmark (crates/reader/benches/explain.rs): a `curl -i` paste with a 1 MB
// pretty-printed JSON body, and a 1.1 MB HAR file of 450 entries. A 1 MB paste is timed as a
// person meets it, the first large paste in a fresh page (the engines compile and optimise the
// reader's code as it first runs), and again later in one page. Medians of several runs.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PAGES } from './pages.mjs';

/** Usual-paste calls timed together, so that engines that round `performance.now()` to 1 ms
 * (Firefox, WebKit) still time a call well under it. */
const BATCH = 50;
/** A person pastes no sooner than this after the reader is ready: the time to copy a response
 * and click into the view. */
const PERSON_PAUSE_MS = 1000;

/** The page: the embed's module, and a promise of its API once the full wasm runs. */
export async function writeReaderPage() {
  await writeFile(join(PAGES, 'reader-ours.html'), `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>bench: response reader</title>
  <link rel="icon" href="data:,">
  <script type="module">
    window.reader = import('/dist/http-status.js').then(async (embed) => { await embed.ready; return embed; });
  </script>
</head>
<body></body>
</html>
`);
}

/** Runs in the page: the pastes, built there (a megabyte is not sent over the protocol). */
function buildPastes() {
  const usual = [
    'HTTP/2 404 ',
    'date: Tue, 14 May 2024 09:30:00 GMT',
    'content-type: application/problem+json',
    'content-length: 112',
    'cache-control: no-store',
    'vary: Accept-Encoding',
    'strict-transport-security: max-age=31536000; includeSubDomains',
    'x-request-id: 7d1c2b3a-4e5f-6789-abcd-ef0123456789',
    'server: cloudflare',
    'cf-ray: 88a1b2c3d4e5f607-FRA',
    '',
    '{"type": "about:blank", "title": "Not Found", "status": 404, "detail": "No order ord_00000042 in this account."}',
    '',
  ].join('\r\n');
  const megabyte = 1024 * 1024;
  let json = '{\n  "data": [\n';
  for (let id = 1; json.length < megabyte; id++) {
    json += `    {\n      "id": "ord_${String(id).padStart(8, '0')}",\n      "status": "shipped",\n      "customer": { "name": "Customer ${id}", "email": "customer${id}@example.com" },\n      "total": { "amount": ${(id * 137) % 100000}, "currency": "EUR" },\n      "created": "2024-05-14T09:${String(id % 60).padStart(2, '0')}:00Z",\n      "note": "Leave at the door; ring twice if nobody answers."\n    },\n`;
  }
  json += '    { "id": "last" }\n  ],\n  "has_more": true\n}\n';
  const curl = [
    'HTTP/2 200', 'date: Tue, 14 May 2024 09:30:00 GMT', 'content-type: application/json; charset=utf-8', `content-length: ${json.length}`,
    'cache-control: private, max-age=0, must-revalidate', 'etag: W/"5e1f-9a8b7c6d"', 'vary: Accept-Encoding, Authorization',
    'strict-transport-security: max-age=31536000; includeSubDomains', 'x-content-type-options: nosniff', 'server: cloudflare', '', '',
  ].join('\r\n') + json;
  const entry = (index) => {
    const content = `[${Array.from({ length: 8 }, (_, item) => `{"id": ${item}, "name": "item ${item} of page ${index}", "ok": true}`).join(', ')}]`;
    const [status, text] = index % 15 === 0 ? [304, 'Not Modified'] : [200, 'OK'];
    const size = content.length;
    return JSON.stringify({
      _initiator: { type: 'script' }, _priority: 'High', _resourceType: 'fetch', cache: {}, connection: '443',
      request: {
        method: 'GET', url: `https://api.example.com/v1/items?page=${index}`, httpVersion: 'http/2.0',
        headers: [
          { name: ':authority', value: 'api.example.com' }, { name: ':method', value: 'GET' }, { name: ':path', value: `/v1/items?page=${index}` },
          { name: ':scheme', value: 'https' }, { name: 'accept', value: 'application/json' },
          { name: 'user-agent', value: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36' },
        ],
        queryString: [{ name: 'page', value: String(index) }], cookies: [], headersSize: -1, bodySize: 0,
      },
      response: {
        status, statusText: text, httpVersion: 'http/2.0',
        headers: [
          { name: ':status', value: String(status) }, { name: 'cache-control', value: 'private, max-age=60' },
          { name: 'content-type', value: 'application/json; charset=utf-8' }, { name: 'date', value: 'Tue, 14 May 2024 09:30:00 GMT' },
          { name: 'etag', value: `"page-${index}"` }, { name: 'server', value: 'nginx' }, { name: 'vary', value: 'Accept-Encoding' },
        ],
        cookies: [], content: { size, mimeType: 'application/json', text: content },
        redirectURL: '', headersSize: -1, bodySize: status === 304 ? 0 : size, _transferSize: size, _error: null,
      },
      serverIPAddress: '93.184.215.14', startedDateTime: '2024-05-14T09:30:00.120Z', time: 41.3,
      timings: { blocked: 2.1, dns: -1, ssl: -1, connect: -1, send: 0.1, wait: 19.8, receive: 0.7 },
    }, null, 2);
  };
  const har = JSON.stringify({ log: { version: '1.2', creator: { name: 'WebInspector', version: '537.36' }, pages: [], entries: [] } }, null, 2)
    .replace('"entries": []', `"entries": [\n${Array.from({ length: 450 }, (_, index) => entry(index)).join(',\n')}\n    ]`);
  return { usual, curl, har };
}

/** `fn(pastes, ...args)` as a page function, with the pastes built in the page. */
const withPastes = (fn) => `(...args) => (${fn})((${buildPastes})(), ...args)`;

/**
 * Runs in the page: a person's pause after the reader is ready, each paste explained once (the
 * first calls), then each timed in turn; says what was read (to prove each was).
 */
async function timeInPage(pastes, runs, batch, pauseMs) {
  const embed = await window.reader;
  await new Promise((resolve) => setTimeout(resolve, pauseMs));
  const { usual } = pastes;
  const read = {};
  const times = { usual: [], curl: [], har: [] };
  let doing = 'the first calls';
  try {
    for (const [name, text] of Object.entries(pastes)) {
      doing = `the first ${name} paste`;
      const explanation = embed.explainResponse(text);
      read[name] = { bytes: text.length, steps: explanation.steps.length, format: explanation.format };
    }
    for (let run = 0; run < runs; run++) {
      doing = `run ${run + 1}`;
      let start = performance.now();
      for (let call = 0; call < batch; call++) embed.explainResponse(usual);
      times.usual.push((performance.now() - start) / batch);
      for (const name of ['curl', 'har']) {
        start = performance.now();
        embed.explainResponse(pastes[name]);
        times[name].push(performance.now() - start);
      }
    }
  } catch (error) {
    // WebDriver passes on a thrown error's stack alone: its message is what says what broke.
    return { error: `${doing}: ${error.name}: ${error.message}` };
  }
  return { times, read };
}

/**
 * Runs in the page: one 1 MB paste, the first large one, a person's pause after the reader is
 * ready (what it does then, a person's first paste meets).
 */
async function firstPasteInPage(pastes, name, pauseMs) {
  const embed = await window.reader;
  await new Promise((resolve) => setTimeout(resolve, pauseMs));
  const start = performance.now();
  try {
    const explanation = embed.explainResponse(pastes[name]);
    const time = performance.now() - start;
    return { time, steps: explanation.steps.length, format: explanation.format };
  } catch (error) {
    // WebDriver passes on a thrown error's stack alone: its message is what says what broke.
    return { error: `${error.name}: ${error.message}` };
  }
}

/**
 * Runs in the browser view's page: once its results are drawn, a person's pause, then the paste
 * into its search box (as a person's paste arrives, a ClipboardEvent) and the time until the
 * response view has drawn the steps it draws at first (`steps.drawn` of `steps.total`) and, when
 * there are more, the button to them, to the animation frame. The reader's wasm is fetched on the
 * paste, as it is for a person.
 */
async function pasteShownInPage(pastes, name, steps, pauseMs) {
  const root = () => document.querySelector('http-status')?.shadowRoot;
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  while (!root()?.querySelector('.results .card')) await frame();
  await new Promise((resolve) => setTimeout(resolve, pauseMs));
  const data = new DataTransfer();
  data.setData('text/plain', pastes[name]);
  const start = performance.now();
  // Firefox empties a script-made DataTransfer handed to the event; it reads dataType/data instead.
  root().querySelector('input[type=search]').dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, dataType: 'text/plain', data: pastes[name], bubbles: true, cancelable: true, composed: true }));
  while (performance.now() - start < 30000) {
    await frame();
    // Drawn: the steps the view draws at first, and the button to the rest when there are more.
    const drawn = root().querySelectorAll('.status-line').length;
    if (drawn === steps.drawn && (steps.drawn === steps.total || root().querySelector('.more-steps'))) return { time: performance.now() - start };
  }
  return { error: `the response view did not draw ${steps.drawn} of ${steps.total} steps in 30 s` };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const summary = (values) => ({ median: median(values), min: Math.min(...values), max: Math.max(...values), runs: values.length });

/** The steps and format each paste must be read as, or the timing is of something else. */
const EXPECTED = { usual: { steps: 1 }, curl: { steps: 1 }, har: { steps: 450, format: 'har' } };
/** The steps the response view draws at first; the rest wait behind a button (STEPS_DRAWN_FIRST in
 * crates/views/src/components/response.rs). */
const STEPS_DRAWN_FIRST = 50;
const drawnFirst = (name) => ({ total: EXPECTED[name].steps, drawn: Math.min(EXPECTED[name].steps, STEPS_DRAWN_FIRST) });
const readAsMeant = (name, { steps, format }) => steps === EXPECTED[name].steps && (!EXPECTED[name].format || format === EXPECTED[name].format);

/** A page function's answer and the page's console problems, in a fresh page. */
async function inFreshPage(engine, url, path, source, ...args) {
  const page = await engine.newPage();
  try {
    await page.goto(`${url}/pages/${path}`);
    const answer = await page.evaluate(source, ...args);
    const problems = await page.problems();
    if (problems.length) throw new Error(`reader page: ${problems.join('; ')}`);
    return answer;
  } finally {
    await page.close();
  }
}

/**
 * One engine's figures: `usual` is per call, each a batch's mean; `curl` and `har` are later
 * pastes in one page; each has `first`, the first paste of a fresh page, `runs` pages of each,
 * and the large ones `shown`, pasted into a fresh browser view until drawn.
 */
export async function reader(engine, url, runs) {
  const timed = await inFreshPage(engine, url, 'reader-ours.html', withPastes(timeInPage), runs, BATCH, PERSON_PAUSE_MS);
  if (timed.error) throw new Error(`the reader's page: ${timed.error}`);
  const { times, read } = timed;
  for (const name of ['curl', 'har']) if (!readAsMeant(name, read[name])) throw new Error(`the ${name} paste was not read as meant: ${JSON.stringify(read)}`);
  const first = { usual: [], curl: [], har: [] };
  for (let run = 0; run < runs; run++) {
    for (const name of ['har', 'curl', 'usual']) {
      const measured = await inFreshPage(engine, url, 'reader-ours.html', withPastes(firstPasteInPage), name, PERSON_PAUSE_MS);
      if (measured.error) throw new Error(`the first ${name} paste of a fresh page: ${measured.error}`);
      if (!readAsMeant(name, measured)) throw new Error(`the ${name} paste was not read as meant: ${JSON.stringify(measured)}`);
      first[name].push(measured.time);
    }
  }
  const shown = { curl: [], har: [] };
  for (let run = 0; run < runs; run++) {
    for (const name of ['har', 'curl']) {
      const measured = await inFreshPage(engine, url, 'browser-ours.html', withPastes(pasteShownInPage), name, drawnFirst(name), PERSON_PAUSE_MS);
      if (measured.error) throw new Error(`the ${name} paste into the browser view: ${measured.error}`);
      shown[name].push(measured.time);
    }
  }
  return {
    usual: { ...summary(times.usual), bytes: read.usual.bytes, batch: BATCH, first: { ...summary(first.usual), pauseMs: PERSON_PAUSE_MS } },
    curl: { ...summary(times.curl), bytes: read.curl.bytes, first: { ...summary(first.curl), pauseMs: PERSON_PAUSE_MS }, shown: { ...summary(shown.curl), drawnSteps: drawnFirst('curl').drawn } },
    har: { ...summary(times.har), bytes: read.har.bytes, entries: read.har.steps, first: { ...summary(first.har), pauseMs: PERSON_PAUSE_MS }, shown: { ...summary(shown.har), drawnSteps: drawnFirst('har').drawn } },
  };
}
