// The response reader in the browser: `explainResponse` (the reader's wasm's JS API, its answer
// turned into plain objects as users get it) on a usual paste and on 1 MB ones, the same kinds
// as the native benchmark (crates/reader/benches/explain.rs): a `curl -i` paste with a 1 MB
// pretty-printed JSON body, and a 1.1 MB HAR file of 450 entries. Medians of several runs,
// after one warm-up call of each (which builds the search index the reader uses once per page).
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PAGES } from './pages.mjs';

/** Usual-paste calls timed together, so that engines that round `performance.now()` to 1 ms
 * (Firefox, WebKit) still time a call well under it. */
const BATCH = 50;

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

/** Runs in the page: builds the pastes, times them, and says what was read (to prove each was). */
async function timeInPage(runs, batch) {
  const embed = await window.reader;
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
  const pastes = { usual, curl, har };
  const read = {};
  for (const [name, text] of Object.entries(pastes)) {
    const explanation = embed.explainResponse(text);
    read[name] = { bytes: text.length, steps: explanation.steps.length, format: explanation.format };
  }
  const times = { usual: [], curl: [], har: [] };
  for (let run = 0; run < runs; run++) {
    let start = performance.now();
    for (let call = 0; call < batch; call++) embed.explainResponse(usual);
    times.usual.push((performance.now() - start) / batch);
    for (const name of ['curl', 'har']) {
      start = performance.now();
      embed.explainResponse(pastes[name]);
      times[name].push(performance.now() - start);
    }
  }
  return { times, read };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const summary = (values) => ({ median: median(values), min: Math.min(...values), max: Math.max(...values), runs: values.length });

/** One engine's figures: `usual` is per call, each a batch's mean. */
export async function reader(engine, url, runs) {
  const page = await engine.newPage();
  let measured;
  let problems;
  try {
    await page.goto(`${url}/pages/reader-ours.html`);
    measured = await page.evaluate(timeInPage, runs, BATCH);
    problems = await page.problems();
  } finally {
    await page.close();
  }
  const { times, read } = measured;
  if (problems.length) throw new Error(`reader page: ${problems.join('; ')}`);
  if (read.curl.steps !== 1 || read.har.steps !== 450 || read.har.format !== 'har') throw new Error(`the pastes were not read as meant: ${JSON.stringify(read)}`);
  return {
    usual: { ...summary(times.usual), bytes: read.usual.bytes, batch: BATCH },
    curl: { ...summary(times.curl), bytes: read.curl.bytes },
    har: { ...summary(times.har), bytes: read.har.bytes, entries: read.har.steps },
  };
}
