// `make bench`: what the widget costs a documentation page, measured against the release bundle
// in dist/ on 127.0.0.1, in Chromium, Firefox and WebKit (BENCH_ENGINES to choose). Absolute
// times drift with this shared machine's load, so every timing is also given as a ratio to a
// floor measured in the same run: a minimal plain-JavaScript custom element that puts the same
// markup into the same kind of shadow root from a two-entry table, loaded in alternation with ours.
// Writes bench/results.json and bench/results.md; with `--readme`, also the README's table.
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { ROOT, serve } from '../tests/e2e/harness.mjs';
import { launchEngine } from '../tests/e2e/engines.mjs';

const ENGINE_NAMES = (process.env.BENCH_ENGINES ?? 'chromium,firefox,webkit').split(',');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const SCALES = [100, 1000, 5000];
/** Queries typed one character at a time, as people type them. */
const TYPED_QUERIES = ['404', 'not found', 'rate limit', 'retry after', 'cloudflare', 'forbiden', '5xx', 'gateway timeout'];
const TARGETS = {
  badgePageGzipKb: 60, browserPageGzipKb: 175, firstCardRatio: 1.2, badges1000Ratio: 1.5, explainMs: 100,
  keystrokeP95Ms: 8, layoutShift: 0.01, searchMicros: 20,
};
/** The build's list of the files each kind of page needs (tools/files.mjs). */
const FILES = JSON.parse(await readFile(join(ROOT, 'dist/http-status-files.json'), 'utf8'));
const IMPLEMENTATIONS = ['ours', 'floor'];
/** Bytes of a wasm file's code and data sections, from its section headers. */
async function wasmSections(name) {
  const bytes = await readFile(join(ROOT, 'dist', name));
  const sizes = { code: 0, data: 0 };
  const leb = (at) => {
    let value = 0;
    let shift = 0;
    for (;;) {
      const byte = bytes[at.offset++];
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
      if (byte < 0x80) return value;
    }
  };
  for (const at = { offset: 8 }; at.offset < bytes.length;) {
    const id = bytes[at.offset++];
    const size = leb(at);
    if (id === 10) sizes.code = size;
    if (id === 11) sizes.data = size;
    at.offset += size;
  }
  return sizes;
}

/**
 * For a target a run misses: its cause as measured, and what was tried. The timeline figures are
 * from Chromium traces of the first-card page on 2026-12-07; the sizes are this build's.
 */
async function missedTargets() {
  const app = await weigh([FILES.app.wasm]);
  const prose = await weigh(FILES.parts.prose);
  const sections = await wasmSections(FILES.app.wasm);
  const full = `the full wasm, ${kb(app.total.gzip)} gzip (${kb(app.total.raw)} raw: ${kb(sections.code)} of code, Yew and the views, the response reader, search and the guide, and ${kb(sections.data)} of data)`;
  return {
    firstCard: 'Time to first card: after `http-status.js` runs, ours needs a second round of requests (the small wasm, its glue and `element.js`, 20–40 ms on 127.0.0.1 in the traces) and compiles and instantiates the wasm (10–20 ms) before it can draw; and the element\'s colour-scheme check computes the page\'s style in the microtask before the probe sees the card (17 ms of one trace), which the floor leaves to the first paint. Tried: a small wasm for badges and cards, the shipped JavaScript minified and `element.js` bundled into one file.',
    browserPage: `Page with the browser view: the cause is ${full}, and the prose (${kb(prose.total.gzip)} gzip), which the browser fetches at once because its search reads the prose's words. Tried: the stylesheet and the drawing of badges and cards moved to the small wasm, the JavaScript minified. Next: the reader and the guide in wasm files of their own, and a word list of the prose for search instead of the whole prose.`,
    explain: `Explain on a card: the click now fetches and compiles ${full} as well as the prose; a pointer that reaches the button first starts both (the second Explain row).`,
  };
}
const PAGES = join(ROOT, 'bench/runs/pages');

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percentile = (values, fraction) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
};
const summary = (values) => ({ median: median(values), min: Math.min(...values), max: Math.max(...values), runs: values.length });
const round = (value, digits = 1) => Number(value.toFixed(digits));

/** The floor: our rendered markup and stylesheet, captured from a real render, replayed by plain JS. */
async function writeFloor(engine, server) {
  const page = await engine.newPage();
  await page.goto(`${server.url}/pages/blank.html`);
  await page.evaluate(() => import('/dist/http-status.js').then((embed) => embed.ready));
  const captured = await page.evaluate(async () => {
    const render = async (attributes) => {
      const element = document.createElement('http-status');
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      document.body.append(element);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return element.shadowRoot.querySelector('.root').innerHTML;
    };
    const markup = { card: { 404: await render({ code: '404' }), 500: await render({ code: '500' }) }, badge: { 404: await render({ code: '404', view: 'badge' }), 500: await render({ code: '500', view: 'badge' }) } };
    const css = [...document.querySelector('http-status').shadowRoot.adoptedStyleSheets[0].cssRules].map((rule) => rule.cssText).join('\n');
    return { markup, css };
  });
  await page.close();
  const floor = `// The benchmark's floor: a plain-JS <http-status> with a two-entry table of our own markup.
const TABLE = ${JSON.stringify(captured.markup)};
const sheet = new CSSStyleSheet();
sheet.replaceSync(${JSON.stringify(captured.css)});
customElements.define('http-status', class extends HTMLElement {
  connectedCallback() {
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    shadow.adoptedStyleSheets = [sheet];
    const view = this.getAttribute('view') === 'badge' ? 'badge' : 'card';
    const code = this.getAttribute('code')?.startsWith('5') ? 500 : 404;
    shadow.innerHTML = '<div class="root">' + TABLE[view][code] + '</div>';
  }
});
`;
  await writeFile(join(PAGES, 'floor.js'), floor);
}

async function writePages() {
  await mkdir(PAGES, { recursive: true });
  const scripts = { ours: '<script type="module" src="/dist/http-status.js"></script>', floor: '<script type="module" src="/pages/floor.js"></script>' };
  const page = (implementation, expect, body, head = '') => `<!doctype html>
<html lang="en" data-expect="${expect}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>bench</title>
  <link rel="icon" href="data:,">
  ${head}
  <script src="/pages/probe.js"></script>
  ${scripts[implementation]}
</head>
<body>
${body}
</body>
</html>
`;
  await writeFile(join(PAGES, 'probe.js'), await readFile(join(ROOT, 'bench/probe.js')));
  const article = (await readFile(join(ROOT, 'tests/e2e/pages/article.html'), 'utf8')).match(/<main>[\s\S]*<\/main>/)[0];
  const codes = [200, 201, 204, 301, 302, 304, 400, 401, 403, 404, 409, 422, 429, 500, 502, 503, 504];
  for (const implementation of IMPLEMENTATIONS) {
    await writeFile(join(PAGES, `first-card-${implementation}.html`), page(implementation, 1, '<p>Example: <http-status code="404">404 Not Found</http-status></p>'));
    await writeFile(join(PAGES, `article-${implementation}.html`), page(implementation, 5, article, '<link rel="stylesheet" href="/dist/http-status.css"><style>body { margin: 0; font: 16px/1.6 system-ui, sans-serif; } main { max-width: 46rem; margin: 0 auto; padding: 1rem 1.25rem 4rem; }</style>'));
    for (const count of SCALES) {
      const badges = Array.from({ length: count }, (_, index) => {
        const code = codes[index % codes.length];
        return `<p>Answer ${index}: <http-status code="${code}" view="badge">${code}</http-status> in running text.</p>`;
      });
      await writeFile(join(PAGES, `badges-${count}-${implementation}.html`), page(implementation, count, badges.join('\n')));
    }
  }
  await writeFile(join(PAGES, 'browser-ours.html'), page('ours', 1, '<http-status view="browser"></http-status>'));
  await writeFile(join(PAGES, 'badges-and-cards-ours.html'), page('ours', 3, '<p>Send <http-status code="429" view="badge">429</http-status> or <http-status code="503" view="badge">503</http-status>.</p><http-status code="404">404 Not Found</http-status>'));
}

/** Loads a page fresh and waits for the probe to see every element rendered. */
async function load(engine, url, viewport) {
  const page = await engine.newPage({ viewport });
  await page.goto(url);
  await page.evaluate(() => window.__bench.done);
  const problems = await page.problems();
  if (problems.length) throw new Error(`${url}: ${problems.join('; ')}`);
  return page;
}

/** Closes a page, then gives the browser a moment, so tearing one load down does not land in the next measurement. */
async function closeAndSettle(page) {
  await page.close();
  await new Promise((resolve) => setTimeout(resolve, 300));
}

async function firstCard(engine, url, implementation) {
  const page = await load(engine, `${url}/pages/first-card-${implementation}.html`);
  const time = await page.evaluate(() => window.__bench.first);
  await closeAndSettle(page);
  return time;
}

async function badges(engine, url, count, implementation) {
  const page = await load(engine, `${url}/pages/badges-${count}-${implementation}.html`);
  const time = await page.evaluate(() => window.__bench.all);
  const counters = implementation === 'ours' ? await page.memoryCounters() : null;
  await closeAndSettle(page);
  return { time, heap: counters?.heap ?? null };
}

async function layoutShift(engine, url, implementation, viewport) {
  const page = await load(engine, `${url}/pages/article-${implementation}.html`, viewport);
  await page.frames();
  const shift = await page.evaluate(() => window.__bench.layoutShift);
  await closeAndSettle(page);
  return shift;
}

/**
 * Input event to settled DOM with layout done, per keystroke, in the browser view, for one load; with
 * `panelOpen`, while the first result's explanation is open beside the results.
 */
async function keystrokes(engine, url, { panelOpen = false } = {}) {
  const page = await load(engine, `${url}/pages/browser-ours.html`);
  await page.waitFor(() => document.querySelector('http-status')?.shadowRoot?.querySelector('.results .card'));
  const times = await page.evaluate(async (queries, panelOpen) => {
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
  }, TYPED_QUERIES, panelOpen);
  await closeAndSettle(page);
  return times;
}

/**
 * Click on a card's Explain to the explanation laid out. `aimed`: the reader's pointer reaches the
 * button 300 ms before the click, as a hand moving to a button does, which starts the fetch of
 * the full wasm and the prose; otherwise the click comes with no warning (a keyboard's Enter).
 */
async function explain(engine, url, { aimed = false } = {}) {
  const page = await load(engine, `${url}/pages/first-card-ours.html`);
  const time = await page.evaluate(async (aimed) => {
    const root = document.querySelector('http-status').shadowRoot;
    const button = root.querySelector('button.toggle');
    if (aimed) {
      button.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    const start = performance.now();
    button.click();
    while (!root.querySelector('.explainer')) await new Promise((resolve) => requestAnimationFrame(resolve));
    root.querySelector('.explainer').getBoundingClientRect();
    return performance.now() - start;
  }, aimed);
  await closeAndSettle(page);
  return time;
}

/** Files of dist/ by name, raw, gzip -9 and brotli, with their total. */
async function weigh(names) {
  const files = [];
  for (const name of [...names].sort()) {
    const bytes = await readFile(join(ROOT, 'dist', name));
    files.push({ file: name, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length });
  }
  const total = files.reduce((sum, file) => ({ raw: sum.raw + file.raw, gzip: sum.gzip + file.gzip, brotli: sum.brotli + file.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  return { files, total };
}

/**
 * Every file a page requests from dist/ until it is idle, after a reader hovers and focuses a
 * badge where it has one: what the page really transfers.
 */
async function pageWeight(engine, url, pageName) {
  const page = await load(engine, `${url}/pages/${pageName}`);
  if (await page.evaluate(() => Boolean(document.querySelector('http-status[view="badge"]')))) {
    await page.hover('http-status[view="badge"] >>> .badge');
    await page.focus('http-status[view="badge"] >>> .badge');
  }
  let seen = -1;
  for (let waited = 0; waited < 10_000; waited += 500) {
    const now = (await page.requests()).length;
    if (now === seen) break;
    seen = now;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const paths = [...new Set((await page.requests()).map((request) => new URL(request).pathname).filter((path) => path.startsWith('/dist/')))];
  await page.close();
  return weigh(paths.map((path) => path.slice('/dist/'.length)));
}


/** Native search, from the search benchmark. */
function nativeSearch() {
  const output = execFileSync('cargo', ['bench', '--quiet', '-p', 'http-status-search', '--bench', 'search'], { cwd: ROOT, encoding: 'utf8' });
  const match = output.match(/median ([\d.]+) µs\/query over (\d+) queries \(min ([\d.]+), max ([\d.]+)/);
  if (!match) throw new Error(`unexpected search benchmark output: ${output}`);
  return { median: Number(match[1]), queries: Number(match[2]), min: Number(match[3]), max: Number(match[4]) };
}

const keystrokeSummary = (loads) => {
  const all = loads.flat();
  return { keystrokes: all.length, p50: percentile(all, 0.5), p95: percentile(all, 0.95), max: Math.max(...all) };
};

/** One engine: rounds of one load of each page, ours and the floor in turn, so a slow spell spreads over every measure. */
async function measureEngine(name, server) {
  const engine = await launchEngine(name);
  try {
    const version = await engine.version();
    const full = name === 'chromium';
    const loads = { firstCard: { ours: [], floor: [] }, keystrokes: [], keystrokesPanelOpen: [], explain: [], explainAimed: [], badges: Object.fromEntries(SCALES.map((count) => [count, { ours: [], floor: [], heap: [] }])), layoutShift: { 390: { ours: [], floor: [] }, 1280: { ours: [], floor: [] } } };
    for (let run = 0; run < RUNS; run++) {
      for (const implementation of IMPLEMENTATIONS) loads.firstCard[implementation].push(await firstCard(engine, server.url, implementation));
      loads.keystrokes.push(await keystrokes(engine, server.url));
      loads.keystrokesPanelOpen.push(await keystrokes(engine, server.url, { panelOpen: true }));
      // 1,000 badges in every engine (a target); 100 and 5,000 in Chromium only.
      for (const implementation of IMPLEMENTATIONS) loads.badges[1000][implementation].push((await badges(engine, server.url, 1000, implementation)).time);
      if (!full) continue;
      loads.explain.push(await explain(engine, server.url));
      loads.explainAimed.push(await explain(engine, server.url, { aimed: true }));
      for (const count of SCALES.filter((scale) => scale !== 1000)) {
        for (const implementation of IMPLEMENTATIONS) {
          const measured = await badges(engine, server.url, count, implementation);
          loads.badges[count][implementation].push(measured.time);
          if (measured.heap !== null) loads.badges[count].heap.push(measured.heap);
        }
      }
      for (const [width, height] of [[390, 844], [1280, 800]]) {
        for (const implementation of IMPLEMENTATIONS) loads.layoutShift[width][implementation].push(await layoutShift(engine, server.url, implementation, { width, height }));
      }
    }
    const result = {
      engine: name,
      version,
      firstCard: { ours: summary(loads.firstCard.ours), floor: summary(loads.firstCard.floor) },
      keystrokes: keystrokeSummary(loads.keystrokes),
      keystrokesPanelOpen: keystrokeSummary(loads.keystrokesPanelOpen),
      badges1000: { ours: summary(loads.badges[1000].ours), floor: summary(loads.badges[1000].floor) },
    };
    if (full) {
      result.explain = summary(loads.explain);
      result.explainAimed = summary(loads.explainAimed);
      result.badges = SCALES.filter((count) => count !== 1000).map((count) => ({ count, ours: summary(loads.badges[count].ours), floor: summary(loads.badges[count].floor), heap: summary(loads.badges[count].heap) }));
      result.layoutShift = Object.entries(loads.layoutShift).map(([width, shifts]) => ({ width: Number(width), ours: summary(shifts.ours), floor: summary(shifts.floor) }));
      result.weight = {
        badgesAndCards: await pageWeight(engine, server.url, 'badges-and-cards-ours.html'),
        browser: await pageWeight(engine, server.url, 'browser-ours.html'),
        kinds: Object.fromEntries(await Promise.all(Object.entries(FILES.pages).map(async ([kind, files]) => [kind, await weigh(files)]))),
      };
    }
    return result;
  } finally {
    await engine.close();
  }
}

const kb = (bytes) => `${round(bytes / 1024)} KB`;
const ms = (value) => `${round(value)} ms`;
const ratio = (ours, floor) => (floor > 0 ? round(ours / floor, 2) : null);
const verdict = (ok) => (ok ? 'met' : '**missed**');

async function markdown({ machine, engines, search }) {
  const chromium = engines.find((engine) => engine.engine === 'chromium');
  const lines = [
    `Measured ${machine.date} on ${machine.cpu}, ${machine.memoryGiB} GiB, Node ${machine.node}; ${engines.map((engine) => `${engine.engine} ${engine.version}`).join(', ')}. Medians of ${RUNS} fresh loads per page (min–max); "floor" is a plain-JS element putting the same markup into the same shadow root, loaded in alternation with ours.`,
    '',
    '| Measure | Engine | Ours | Floor | Ratio | Target | |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const engine of engines) {
    const first = engine.firstCard;
    const firstRatio = ratio(first.ours.median, first.floor.median);
    lines.push(`| Time to first card | ${engine.engine} | ${ms(first.ours.median)} (${ms(first.ours.min)}–${ms(first.ours.max)}) | ${ms(first.floor.median)} | × ${firstRatio} | ≤ × ${TARGETS.firstCardRatio} | ${verdict(firstRatio <= TARGETS.firstCardRatio)} |`);
    for (const [label, measured] of [['Keystroke latency', engine.keystrokes], ['Keystroke latency, explanation open', engine.keystrokesPanelOpen]]) {
      lines.push(`| ${label}, ${measured.keystrokes} keystrokes | ${engine.engine} | p50 ${ms(measured.p50)}, p95 ${ms(measured.p95)}, max ${ms(measured.max)} | | | p95 ≤ ${TARGETS.keystrokeP95Ms} ms | ${verdict(measured.p95 <= TARGETS.keystrokeP95Ms)} |`);
    }
    const thousand = engine.badges1000;
    const thousandRatio = ratio(thousand.ours.median, thousand.floor.median);
    lines.push(`| 1,000 badges rendered | ${engine.engine} | ${ms(thousand.ours.median)} (${ms(thousand.ours.min)}–${ms(thousand.ours.max)}) | ${ms(thousand.floor.median)} | × ${thousandRatio} | ≤ × ${TARGETS.badges1000Ratio} | ${verdict(thousandRatio <= TARGETS.badges1000Ratio)} |`);
  }
  if (chromium?.badges) {
    for (const scale of chromium.badges) {
      const scaleRatio = ratio(scale.ours.median, scale.floor.median);
      lines.push(`| ${scale.count.toLocaleString('en')} badges rendered | chromium | ${ms(scale.ours.median)} (${ms(scale.ours.min)}–${ms(scale.ours.max)}); JS heap ${kb(scale.heap.median)} | ${ms(scale.floor.median)} | × ${scaleRatio} | | |`);
    }
    for (const shift of chromium.layoutShift) {
      const shiftRatio = ratio(shift.ours.median, shift.floor.median);
      lines.push(`| Layout shift, article page at ${shift.width} px (with http-status.css) | chromium | ${round(shift.ours.median, 4)} (max ${round(shift.ours.max, 4)}) | ${round(shift.floor.median, 4)} | ${shiftRatio === null ? '—' : `× ${shiftRatio}`} | ≤ ${TARGETS.layoutShift} | ${verdict(shift.ours.max <= TARGETS.layoutShift)} |`);
    }
    lines.push(`| Explain on a card: click to explanation laid out, the full wasm and the prose fetched on the click | chromium | ${ms(chromium.explain.median)} (${ms(chromium.explain.min)}–${ms(chromium.explain.max)}) | | | ≤ ${TARGETS.explainMs} ms | ${verdict(chromium.explain.median <= TARGETS.explainMs)} |`);
    lines.push(`| Explain on a card, the pointer on it 300 ms before the click (the fetch starts then) | chromium | ${ms(chromium.explainAimed.median)} (${ms(chromium.explainAimed.min)}–${ms(chromium.explainAimed.max)}) | | | ≤ ${TARGETS.explainMs} ms | ${verdict(chromium.explainAimed.median <= TARGETS.explainMs)} |`);
    const { badgesAndCards, browser } = chromium.weight;
    lines.push(`| Transfer, page with badges and cards, gzip -9 (brotli) | | ${kb(badgesAndCards.total.gzip)} (${kb(badgesAndCards.total.brotli)}) | | | ≤ ${TARGETS.badgePageGzipKb} KB | ${verdict(badgesAndCards.total.gzip / 1024 <= TARGETS.badgePageGzipKb)} |`);
    lines.push(`| Transfer, page with the browser view, gzip -9 (brotli) | | ${kb(browser.total.gzip)} (${kb(browser.total.brotli)}) | | | ≤ ${TARGETS.browserPageGzipKb} KB | ${verdict(browser.total.gzip / 1024 <= TARGETS.browserPageGzipKb)} |`);
  }
  lines.push(`| Native search, ${search.queries} queries | | ${search.median} µs/query (${search.min}–${search.max}) | | | < ${TARGETS.searchMicros} µs | ${verdict(search.median < TARGETS.searchMicros)} |`);
  const why = await missedTargets();
  const missed = [
    engines.some((engine) => ratio(engine.firstCard.ours.median, engine.firstCard.floor.median) > TARGETS.firstCardRatio) && why.firstCard,
    chromium?.weight && chromium.weight.browser.total.gzip / 1024 > TARGETS.browserPageGzipKb && why.browserPage,
    chromium?.explain && chromium.explain.median > TARGETS.explainMs && why.explain,
  ].filter(Boolean);
  if (missed.length) lines.push('', 'Targets missed:', '', ...missed.map((text) => `- ${text}`));
  if (chromium?.weight) {
    lines.push('', '| Kind of page (the build\'s list) | Files | gzip -9 | brotli |', '| --- | --- | --- | --- |');
    for (const [kind, weight] of Object.entries(chromium.weight.kinds)) lines.push(`| ${kind} | ${FILES.pages[kind].map((file) => `\`${file}\``).join(', ')} | ${kb(weight.total.gzip)} | ${kb(weight.total.brotli)} |`);
    lines.push('', '| File | Raw | gzip -9 | brotli |', '| --- | --- | --- | --- |');
    for (const file of (await weigh(new Set(Object.values(FILES.parts).flat()))).files) lines.push(`| \`${file.file}\` | ${kb(file.raw)} | ${kb(file.gzip)} | ${kb(file.brotli)} |`);
  }
  return lines.join('\n');
}

async function main() {
  await writePages();
  const server = await serve(PAGES);
  try {
    const floorEngine = await launchEngine('chromium');
    await writeFloor(floorEngine, server).finally(() => floorEngine.close());
    const engines = [];
    for (const name of ENGINE_NAMES) engines.push(await measureEngine(name, server));
    const cpu = cpus();
    const machine = { cpu: `${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}`, memoryGiB: round(totalmem() / 2 ** 30, 0), node: process.version, date: new Date().toISOString().slice(0, 10) };
    const results = { machine, runs: RUNS, targets: TARGETS, engines, search: nativeSearch() };
    const table = await markdown(results);
    await writeFile(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
    await writeFile(join(ROOT, 'bench/results.md'), `# Benchmark results\n\nProduced by \`make bench\`.\n\n${table}\n`);
    if (process.argv.includes('--readme')) {
      const readmePath = join(ROOT, 'README.md');
      const readme = await readFile(readmePath, 'utf8');
      await writeFile(readmePath, readme.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, `<!-- bench:start -->\n${table}\n<!-- bench:end -->`));
    }
    console.log(table);
  } finally {
    await server.close();
  }
}

await main();
