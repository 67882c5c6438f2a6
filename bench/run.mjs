// `make bench`: what the widget costs a documentation page, measured in headless Chromium on
// 127.0.0.1 against the release bundle in dist/. Writes bench/results.json, bench/results.md
// and the table between the bench markers in README.md.
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { ROOT, serve, launch } from '../tests/e2e/harness.mjs';

const RUNS = 7;
const SCALES = [100, 1000, 5000];
/** Queries typed one character at a time, as people type them. */
const TYPED_QUERIES = ['404', 'not found', 'rate limit', 'retry after', 'cloudflare', 'forbiden', '5xx', 'gateway timeout'];
const TARGETS = { totalGzipKb: 150, firstCardMs: 150, keystrokeP95Ms: 8, badges1000Ms: 500, growth1000To5000: 5.5, searchMicros: 20 };

const PAGES = join(ROOT, 'bench/runs/pages');

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const percentile = (values, fraction) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
};
const summary = (values) => ({ median: median(values), min: Math.min(...values), max: Math.max(...values), runs: values.length });
const round = (value, digits = 1) => Number(value.toFixed(digits));

async function writePages() {
  await mkdir(PAGES, { recursive: true });
  const page = (expect, body) => `<!doctype html>
<html lang="en" data-expect="${expect}">
<head>
  <meta charset="utf-8">
  <title>bench</title>
  <link rel="icon" href="data:,">
  <script src="/pages/probe.js"></script>
  <script type="module" src="/dist/http-status.js"></script>
</head>
<body>
${body}
</body>
</html>
`;
  await writeFile(join(PAGES, 'probe.js'), await readFile(join(ROOT, 'bench/probe.js')));
  await writeFile(join(PAGES, 'first-card.html'), page(1, '<p>Example: <http-status code="404">404 Not Found</http-status></p>'));
  await writeFile(join(PAGES, 'browser.html'), page(0, '<http-status view="browser"></http-status>'));
  const codes = [200, 201, 204, 301, 302, 304, 400, 401, 403, 404, 409, 422, 429, 500, 502, 503, 504];
  for (const count of SCALES) {
    const badges = Array.from({ length: count }, (_, index) => {
      const code = codes[index % codes.length];
      return `<p>Answer ${index}: <http-status code="${code}" view="badge">${code}</http-status> in running text.</p>`;
    });
    await writeFile(join(PAGES, `badges-${count}.html`), page(count, badges.join('\n')));
  }
}

/** 1. Every file the embed loads, raw, gzip -9 and brotli. */
async function bundleWeight() {
  const dist = join(ROOT, 'dist');
  const files = ['http-status.js', 'element.js', 'http-status-wasm.js', 'http-status-wasm_bg.wasm'].map((file) => join(dist, file));
  const rows = [];
  for (const path of files) {
    const bytes = await readFile(path);
    rows.push({
      file: relative(dist, path),
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  const total = rows.reduce((sum, row) => ({ raw: sum.raw + row.raw, gzip: sum.gzip + row.gzip, brotli: sum.brotli + row.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  return { files: rows, total };
}

/** A page in a new context, loaded; with `untilRendered`, also until the probe reports all rendered. */
async function freshPage(browser, url, { untilRendered = false } = {}) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  const rendered = untilRendered
    && page.waitForEvent('console', { predicate: (message) => message.text() === 'http-status-bench: all rendered', timeout: 120_000 });
  await page.goto(url);
  await rendered;
  return { page, context, errors };
}

/**
 * Closes a page's context, then gives Chromium a moment to tear it down, so that the work of
 * ending one load (a 5,000-badge page especially) does not land in the next measurement.
 */
async function closeAndSettle(context) {
  await context.close();
  await new Promise((resolve) => setTimeout(resolve, 500));
}

/** 2. Navigation start until the first card has rendered in its shadow root, for one load. */
async function timeToFirstCard(browser, url) {
  const { page, context, errors } = await freshPage(browser, `${url}/pages/first-card.html`, { untilRendered: true });
  const time = await page.evaluate(() => window.__bench.first);
  if (errors.length) throw new Error(`first card page: ${errors.join('; ')}`);
  await closeAndSettle(context);
  return time;
}

/**
 * 3. Input event to settled DOM with layout done, per keystroke, in the browser view, for one load; with
 * `panelOpen`, while the first result's explanation is open beside the results.
 */
async function keystrokeLatency(browser, url, { panelOpen = false } = {}) {
  const { page, context, errors } = await freshPage(browser, `${url}/pages/browser.html`);
  await page.waitForFunction(() => document.querySelector('http-status')?.shadowRoot?.querySelector('.results .card'));
  const times = await page.evaluate(async ([queries, panelOpen]) => {
    const host = document.querySelector('http-status');
    const input = host.shadowRoot.querySelector('input');
    if (panelOpen) {
      host.shadowRoot.querySelector('.results .card').click();
      await new Promise((resolve) => setTimeout(resolve, 50));
      if (!host.shadowRoot.querySelector('.panel .explainer')) throw new Error('the explanation did not open');
    }
    const nextTask = () => new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = resolve;
      channel.port2.postMessage(0);
    });
    // Counts DOM changes in the view, to prove each measurement ended on a settled DOM.
    let changes = 0;
    const observer = new MutationObserver((records) => { changes += records.length; });
    observer.observe(host.shadowRoot, { subtree: true, childList: true, attributes: true, characterData: true });
    const type = async (value) => {
      const start = performance.now();
      input.value = value;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
      // The app re-renders in microtasks queued by the event: let them run, then force layout.
      // Waiting for a task instead would also count any frame the browser paints meanwhile.
      for (let hop = 0; hop < 5; hop++) await null;
      host.shadowRoot.querySelector('.layout').getBoundingClientRect();
      document.body.offsetHeight;
      const elapsed = performance.now() - start;
      observer.takeRecords();
      changes = 0;
      await nextTask();
      if (changes + observer.takeRecords().length > 0) throw new Error(`the view changed after the keystroke "${value}" was measured`);
      return elapsed;
    };
    const measured = [];
    for (const query of queries) {
      await type('');
      for (let length = 1; length <= query.length; length++) measured.push(await type(query.slice(0, length)));
    }
    await type('');
    observer.disconnect();
    return measured;
  }, [TYPED_QUERIES, panelOpen]);
  if (errors.length) throw new Error(`browser page: ${errors.join('; ')}`);
  await closeAndSettle(context);
  return times;
}

/** Keystroke times of several loads, pooled. */
function keystrokeSummary(loads) {
  const all = loads.flat();
  return { keystrokes: all.length, p50: percentile(all, 0.5), p95: percentile(all, 0.95), max: Math.max(...all), runMedians: summary(loads.map(median)) };
}

/** 4. A page of `count` badges, one load: time until all rendered, JS heap and wasm memory. */
async function scale(browser, url, count) {
  const { page, context, errors } = await freshPage(browser, `${url}/pages/badges-${count}.html`, { untilRendered: true });
  const allRendered = await page.evaluate(() => window.__bench.all);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const jsHeapBytes = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  const wasmMemoryBytes = await page.evaluate(async () => (await (await import('/dist/http-status-wasm.js')).default()).memory.buffer.byteLength);
  if (errors.length) throw new Error(`${count} badges: ${errors.join('; ')}`);
  await closeAndSettle(context);
  return { allRendered, jsHeapBytes, wasmMemoryBytes };
}

/** 5. Native search, from the search benchmark. */
function nativeSearch() {
  const output = execFileSync('cargo', ['bench', '--quiet', '--bench', 'search'], { cwd: ROOT, encoding: 'utf8' });
  const match = output.match(/median ([\d.]+) µs\/query over (\d+) queries \(min ([\d.]+), max ([\d.]+)/);
  if (!match) throw new Error(`unexpected search benchmark output: ${output}`);
  return { median: Number(match[1]), queries: Number(match[2]), min: Number(match[3]), max: Number(match[4]) };
}

function machine(browserVersion) {
  const cpu = cpus();
  return {
    cpu: `${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}`,
    memoryGiB: round(totalmem() / 2 ** 30, 0),
    chromium: browserVersion,
    node: process.version,
    date: new Date().toISOString().slice(0, 10),
  };
}

const kb = (bytes) => `${round(bytes / 1024)} KB`;
const ms = (value) => `${round(value)} ms`;
const verdict = (ok) => (ok ? 'met' : '**missed**');

function markdown(results) {
  const { weight, firstCard, keystrokes, keystrokesPanelOpen, scales, search, machine: box } = results;
  const at = (count) => scales.find((entry) => entry.count === count);
  const growth = at(5000).allRendered.median / at(1000).allRendered.median;
  const lines = [
    `Measured ${box.date} on ${box.cpu}, ${box.memoryGiB} GiB, Chromium ${box.chromium} headless, Node ${box.node}; medians of ${RUNS} runs (min–max).`,
    '',
    '| Measure | Result | Target | |',
    '| --- | --- | --- | --- |',
    `| Embed transfer, gzip -9 (brotli) | ${kb(weight.total.gzip)} (${kb(weight.total.brotli)}); raw ${kb(weight.total.raw)} | ≤ ${TARGETS.totalGzipKb} KB gzip | ${verdict(weight.total.gzip / 1024 <= TARGETS.totalGzipKb)} |`,
    `| Time to first card | ${ms(firstCard.median)} (${ms(firstCard.min)}–${ms(firstCard.max)}) | ≤ ${TARGETS.firstCardMs} ms | ${verdict(firstCard.median <= TARGETS.firstCardMs)} |`,
    ...[['Keystroke latency', keystrokes], ['Keystroke latency, explanation open', keystrokesPanelOpen]].map(([label, measured]) =>
      `| ${label}, ${measured.keystrokes} keystrokes | p50 ${ms(measured.p50)}, p95 ${ms(measured.p95)}, max ${ms(measured.max)} | p95 ≤ ${TARGETS.keystrokeP95Ms} ms | ${verdict(measured.p95 <= TARGETS.keystrokeP95Ms)} |`),
    ...scales.map((entry) => `| ${entry.count.toLocaleString('en')} badges rendered | ${ms(entry.allRendered.median)} (${ms(entry.allRendered.min)}–${ms(entry.allRendered.max)}); JS heap ${kb(entry.jsHeapBytes.median)}, wasm memory ${kb(entry.wasmMemoryBytes.median)} | ${entry.count === 1000 ? `≤ ${TARGETS.badges1000Ms} ms` : ''} | ${entry.count === 1000 ? verdict(entry.allRendered.median <= TARGETS.badges1000Ms) : ''} |`),
    `| Growth, 1,000 → 5,000 badges | × ${round(growth, 2)} | ≤ × ${TARGETS.growth1000To5000} | ${verdict(growth <= TARGETS.growth1000To5000)} |`,
    `| Native search, ${search.queries} queries | ${search.median} µs/query (${search.min}–${search.max}) | < ${TARGETS.searchMicros} µs | ${verdict(search.median < TARGETS.searchMicros)} |`,
    '',
    '| File | Raw | gzip -9 | brotli |',
    '| --- | --- | --- | --- |',
    ...weight.files.map((file) => `| \`${file.file}\` | ${kb(file.raw)} | ${kb(file.gzip)} | ${kb(file.brotli)} |`),
    `| **total** | ${kb(weight.total.raw)} | ${kb(weight.total.gzip)} | ${kb(weight.total.brotli)} |`,
  ];
  return lines.join('\n');
}

async function main() {
  await writePages();
  const server = await serve(PAGES);
  const browser = await launch();
  try {
    const weight = await bundleWeight();
    // Rounds of one load of each page, so that a slow spell of the machine spreads over every
    // measure instead of falling on one of them.
    const loads = { firstCard: [], keystrokes: [], keystrokesPanelOpen: [], scales: SCALES.map(() => []) };
    for (let round = 0; round < RUNS; round++) {
      loads.firstCard.push(await timeToFirstCard(browser, server.url));
      loads.keystrokes.push(await keystrokeLatency(browser, server.url));
      loads.keystrokesPanelOpen.push(await keystrokeLatency(browser, server.url, { panelOpen: true }));
      for (const [index, count] of SCALES.entries()) loads.scales[index].push(await scale(browser, server.url, count));
    }
    const firstCard = summary(loads.firstCard);
    const keystrokes = keystrokeSummary(loads.keystrokes);
    const keystrokesPanelOpen = keystrokeSummary(loads.keystrokesPanelOpen);
    const scales = SCALES.map((count, index) => {
      const measured = (key) => summary(loads.scales[index].map((load) => load[key]));
      return { count, allRendered: measured('allRendered'), jsHeapBytes: measured('jsHeapBytes'), wasmMemoryBytes: measured('wasmMemoryBytes') };
    });
    const search = nativeSearch();
    const results = { machine: machine(browser.version()), targets: TARGETS, weight, firstCard, keystrokes, keystrokesPanelOpen, scales, search };
    const table = markdown(results);
    await writeFile(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
    await writeFile(join(ROOT, 'bench/results.md'), `# Benchmark results\n\nProduced by \`make bench\`.\n\n${table}\n`);
    const readmePath = join(ROOT, 'README.md');
    const readme = await readFile(readmePath, 'utf8');
    const updated = readme.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, `<!-- bench:start -->\n${table}\n<!-- bench:end -->`);
    await writeFile(readmePath, updated);
    console.log(table);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
