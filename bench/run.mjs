// `make bench`: what the widget costs a documentation page, measured against the release bundle
// in dist/ on 127.0.0.1, in Chromium, Firefox and WebKit (BENCH_ENGINES to choose). Absolute
// times drift with this shared machine's load, so every timing is also given as a ratio to a
// floor measured in the same run: a minimal plain-JavaScript custom element that puts the same
// markup into the same kind of shadow root from a two-entry table, loaded in alternation with ours.
// Writes bench/results.json and bench/results.md; with `--readme`, also the README's table.
// `BENCH_ONLY=reader` measures only the response reader (browser and native) and prints its rows,
// writing bench/runs/reader.json and leaving the full results as they were; `BENCH_ONLY=lookup`
// likewise the lookup app's first and repeat visits (Chromium, bench/runs/lookup.json);
// `BENCH_ONLY=prerender` prints what pre-rendering adds to a page's HTML (no browser).
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { ROOT, networkIdle, serve } from '../tests/e2e/harness.mjs';
import { launchEngine } from '../tests/e2e/engines.mjs';
import { IMPLEMENTATIONS, PAGES, SCALES, writeFloor, writePages } from './pages.mjs';
import { lookupWeight } from './lookup.mjs';
import { prerenderGrowth, prerenderRows } from './prerendered.mjs';
import { reader, writeReaderPage } from './reader.mjs';
import { TARGETS, lookupRows, markdown, readerRows, round } from './report.mjs';
import { FILES, weigh } from './weight.mjs';

const ENGINE_NAMES = (process.env.BENCH_ENGINES ?? 'chromium,firefox,webkit').split(',');
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
/** Queries typed one character at a time, as people type them. */
const TYPED_QUERIES = ['404', 'not found', 'rate limit', 'retry after', 'cloudflare', 'forbiden', '5xx', 'gateway timeout'];

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percentile = (values, fraction) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
};
const summary = (values) => ({ median: median(values), min: Math.min(...values), max: Math.max(...values), runs: values.length });

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
  // The prose's words arrive after the first cards and the results render again with them:
  // typing starts once they have and the view has been still for a second (on a loaded machine,
  // reading the words into the index has outlasted 300 ms of stillness, and the results then
  // re-rendered during the first keystroke).
  await page.waitFor(() => performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('/http-status-search-words.txt')));
  const times = await page.evaluate(async (queries, panelOpen) => {
    const host = document.querySelector('http-status');
    const input = host.shadowRoot.querySelector('input');
    await new Promise((resolve) => {
      const still = () => { watcher.disconnect(); resolve(); };
      let timer = setTimeout(still, 1000);
      const watcher = new MutationObserver(() => { clearTimeout(timer); timer = setTimeout(still, 1000); });
      watcher.observe(host.shadowRoot, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    if (panelOpen) {
      host.shadowRoot.querySelector('.results .card').click();
      await new Promise((resolve) => setTimeout(resolve, 50));
      if (!host.shadowRoot.querySelector('.panel .explainer')) throw new Error('the explanation did not open');
      // The explanation fetches the prose as it opens, and renders again when it arrives.
      await new Promise((resolve) => {
        const arrived = () => performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('/http-status-prose.txt'));
        const poll = () => (arrived() ? setTimeout(resolve, 1000) : setTimeout(poll, 50));
        poll();
      });
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
  await networkIdle(page);
  const paths = [...new Set((await page.requests()).map((request) => new URL(request).pathname).filter((path) => path.startsWith('/dist/')))];
  await page.close();
  return weigh(paths.map((path) => path.slice('/dist/'.length)));
}

/** Native search, from the search benchmark. */
function nativeSearch() {
  const output = execFileSync('cargo', ['bench', '--quiet', '-p', 'http-status-search', '--bench', 'search'], { cwd: ROOT, encoding: 'utf8' });
  const match = output.match(/median ([\d.]+) µs\/query over (\d+) queries \(min ([\d.]+), max ([\d.]+) across \d+ rounds\), slowest ([\d.]+) µs/);
  const lists = output.match(/pasted lists: median (\d+), 90th percentile (\d+) entries over (\d+) lines/);
  if (!match || !lists) throw new Error(`unexpected search benchmark output: ${output}`);
  return {
    median: Number(match[1]), queries: Number(match[2]), min: Number(match[3]), max: Number(match[4]), slowestMicros: Number(match[5]),
    pastedLists: { median: Number(lists[1]), p90: Number(lists[2]), lines: Number(lists[3]) },
  };
}

/** Native response reader, from the reader benchmark: median milliseconds per paste. */
function nativeReader() {
  const output = execFileSync('cargo', ['bench', '--quiet', '-p', 'http-status-reader', '--bench', 'explain'], { cwd: ROOT, encoding: 'utf8' });
  const pastes = [...output.matchAll(/^reader (.+): median ([\d.]+) ms \(min ([\d.]+), max ([\d.]+) over (\d+) runs\), (\d+) bytes$/gm)].map((match) => ({
    name: match[1], median: Number(match[2]), min: Number(match[3]), max: Number(match[4]), runs: Number(match[5]), bytes: Number(match[6]),
  }));
  const table = output.match(/^reader table: median ([\d.]+) µs\/paste over (\d+) pastes, slowest ([\d.]+) µs/m);
  if (!table || pastes.length === 0) throw new Error(`unexpected reader benchmark output: ${output}`);
  return { tableMedianMicros: Number(table[1]), tablePastes: Number(table[2]), tableSlowestMicros: Number(table[3]), pastes };
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
      reader: await reader(engine, server.url, RUNS),
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
        lookup: await lookupWeight(engine, server),
      };
    }
    return result;
  } finally {
    await engine.close();
  }
}

/** Writes the table into bench/results.md and, with `--readme`, into the README. */
async function report(results) {
  const table = await markdown(results);
  await writeFile(join(ROOT, 'bench/results.md'), `# Benchmark results\n\nProduced by \`make bench\`.\n\n${table}\n`);
  if (process.argv.includes('--readme')) {
    const readmePath = join(ROOT, 'README.md');
    const readme = await readFile(readmePath, 'utf8');
    await writeFile(readmePath, readme.replace(/<!-- bench:start -->[\s\S]*<!-- bench:end -->/, `<!-- bench:start -->\n${table}\n<!-- bench:end -->`));
  }
  console.log(table);
}

async function main() {
  // `--report`: write the table again from bench/results.json, without measuring.
  if (process.argv.includes('--report')) {
    await report(JSON.parse(await readFile(join(ROOT, 'bench/results.json'), 'utf8')));
    return;
  }
  if (process.env.BENCH_ONLY === 'prerender') {
    console.log(prerenderRows(prerenderGrowth()).join('\n'));
    return;
  }
  await writePages();
  await writeReaderPage();
  const server = await serve(PAGES);
  try {
    if (process.env.BENCH_ONLY === 'reader') {
      const engines = [];
      for (const name of ENGINE_NAMES) {
        const engine = await launchEngine(name);
        try {
          engines.push({ engine: name, version: await engine.version(), reader: await reader(engine, server.url, RUNS) });
        } finally {
          await engine.close();
        }
      }
      const results = { date: new Date().toISOString(), runs: RUNS, engines, nativeReader: nativeReader() };
      await writeFile(join(ROOT, 'bench/runs/reader.json'), `${JSON.stringify(results, null, 2)}\n`);
      console.log(readerRows(results).join('\n'));
      return;
    }
    if (process.env.BENCH_ONLY === 'lookup') {
      const engine = await launchEngine('chromium');
      const lookup = await lookupWeight(engine, server).finally(() => engine.close());
      await writeFile(join(ROOT, 'bench/runs/lookup.json'), `${JSON.stringify({ date: new Date().toISOString(), lookup }, null, 2)}\n`);
      console.log(lookupRows(lookup).join('\n'));
      return;
    }
    const floorEngine = await launchEngine('chromium');
    await writeFloor(floorEngine, server).finally(() => floorEngine.close());
    const engines = [];
    for (const name of ENGINE_NAMES) engines.push(await measureEngine(name, server));
    const cpu = cpus();
    const machine = { cpu: `${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}`, memoryGiB: round(totalmem() / 2 ** 30, 0), node: process.version, date: new Date().toISOString().slice(0, 10) };
    const results = { machine, runs: RUNS, targets: TARGETS, engines, search: nativeSearch(), nativeReader: nativeReader(), prerendered: prerenderGrowth() };
    await writeFile(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
    await report(results);
  } finally {
    await server.close();
  }
}

await main();
