// One driver interface over three browser engines, so every end-to-end test and the benchmark
// run unchanged in Chromium, Firefox and WebKit:
// - Chromium and Firefox through puppeteer-core (CDP and WebDriver BiDi), with Debian's browsers;
// - WebKit through plain WebDriver HTTP against WebKitWebDriver and MiniBrowser, under Xvfb.
// Pages are driven with real input (pointer and keyboard events at coordinates), and what a
// protocol cannot observe everywhere (console messages, uncaught errors) is collected in the page
// by tests/e2e/watch.js, which the test server injects into every page it serves.
import { spawn } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createServer } from 'node:net';
import puppeteer from 'puppeteer-core';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

/** The engine this process tests: `ENGINE=firefox node --test …`; Chromium by default. */
export const ENGINE = process.env.ENGINE ?? 'chromium';
if (!ENGINES.includes(ENGINE)) throw new Error(`ENGINE must be one of ${ENGINES.join(', ')}, not "${ENGINE}"`);

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];
const WEBKIT_BROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const DEFAULT_VIEWPORT = { width: 1280, height: 800 };
const WAIT_MS = 15_000;
/** A new WebKit session takes a second or two; one that takes this long never comes. */
const SESSION_START_MS = 30_000;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Finds an element by a selector that may cross shadow roots: segments joined by `>>>` each
 * search the shadow root of the previous match (`#browser http-status >>> button.card`). A
 * segment may end in `::text(words)`: the first match whose text contains the words.
 * Runs in the page; shared by every engine.
 */
const FIND = `(selector) => {
  let scope = document;
  let found = null;
  for (const part of selector.split('>>>')) {
    const [, css, text] = part.trim().match(/^(.*?)(?:::text\\((.*)\\))?$/);
    found = text === undefined ? scope?.querySelector(css) ?? null
      : [...(scope?.querySelectorAll(css) ?? [])].find((element) => element.textContent.includes(text)) ?? null;
    scope = found?.shadowRoot ?? found;
  }
  return found;
}`;

/**
 * In the page: waits up to 2 s for the element (a view re-renders after the keystroke that
 * changed it), scrolls it into view and returns its centre once it holds still inside the
 * viewport (a view still rendering can move it between measuring and clicking), or throws.
 */
const CENTRE = `async (selector) => {
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  const appeared = performance.now() + 2000;
  while (!(${FIND})(selector) && performance.now() < appeared) await frame();
  let last = null;
  for (let attempt = 0; attempt < 20; attempt++) {
    const element = (${FIND})(selector);
    if (!element) throw new Error('no element matches ' + selector);
    element.scrollIntoView({ block: 'center', inline: 'center' });
    await frame();
    await frame();
    const box = element.getBoundingClientRect();
    if (box.width === 0 && box.height === 0) throw new Error(selector + ' is not rendered');
    const centre = { x: Math.round(box.left + box.width / 2), y: Math.round(box.top + box.height / 2) };
    const inside = centre.x >= 0 && centre.y >= 0 && centre.x < innerWidth && centre.y < innerHeight;
    if (inside && last && last.x === centre.x && last.y === centre.y) return centre;
    last = centre;
  }
  throw new Error(selector + ' would not hold still in the viewport');
}`;

/**
 * A page function that polls `predicate(...args)` every 16 ms until it is truthy or time runs
 * out. The predicate is inlined, not evaluated, so polling works under a strict CSP too.
 */
const poll = (predicate) => `async (args, timeout) => {
  const predicate = (${predicate});
  const deadline = performance.now() + timeout;
  for (;;) {
    const value = await predicate(...args);
    if (value) return value;
    if (performance.now() > deadline) throw new Error(${JSON.stringify(`timed out waiting for ${predicate.slice(0, 300)}`)});
    await new Promise((resolve) => setTimeout(resolve, 16));
  }
}`;

/**
 * What every engine's page offers the tests. Subclasses implement `run` (evaluate a function
 * source with JSON arguments), pointer and key input, screenshots and closing.
 */
class Page {
  /** Runs `fn(...args)` in the page and returns its (awaited, JSON-serialisable) result. */
  evaluate(fn, ...args) {
    return this.run(String(fn), args);
  }

  /** Waits until `predicate(...args)` is truthy in the page; returns its value. */
  waitFor(predicate, ...args) {
    return this.run(poll(String(predicate)), [args, WAIT_MS]);
  }

  /** Waits until `selector` (see FIND) matches an element. */
  waitForSelector(selector) {
    return this.run(poll(`(selector) => Boolean((${FIND})(selector))`), [[selector], WAIT_MS]);
  }

  /** textContent of the element `selector` matches, or null. */
  text(selector) {
    return this.run(`(selector) => (${FIND})(selector)?.textContent ?? null`, [selector]);
  }

  /** An attribute of the element `selector` matches, or null. */
  attribute(selector, name) {
    return this.run(`(selector, name) => (${FIND})(selector)?.getAttribute(name) ?? null`, [selector, name]);
  }

  /** How many elements match the last segment of `selector` (earlier segments as in FIND). */
  count(selector) {
    return this.run(`(selector) => {
      const parts = selector.split('>>>');
      const last = parts.pop();
      const scope = parts.length ? (${FIND})(parts.join('>>>')) : document;
      return (scope?.shadowRoot ?? scope)?.querySelectorAll(last.trim()).length ?? 0;
    }`, [selector]);
  }

  /** Whether the element is rendered with a size and not hidden by visibility. */
  isVisible(selector) {
    return this.run(`(selector) => {
      const element = (${FIND})(selector);
      if (!element) return false;
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
    }`, [selector]);
  }

  /** Clicks the centre of the element with the pointer, as a reader would. */
  async click(selector) {
    const { x, y } = await this.run(CENTRE, [selector]);
    await this.pointer('click', x, y);
  }

  /** Moves the pointer over the element. */
  async hover(selector) {
    const { x, y } = await this.run(CENTRE, [selector]);
    await this.pointer('move', x, y);
  }

  /** Focuses the element without the pointer (as Tab would). */
  focus(selector) {
    return this.run(`(selector) => (${FIND})(selector).focus()`, [selector]);
  }

  /** Replaces a text field's value by typing, as a reader would. */
  async fill(selector, text) {
    await this.click(selector);
    await this.run(`(selector) => { const field = (${FIND})(selector); field.select(); }`, [selector]);
    if (text === '') await this.press('Backspace');
    else await this.type(text);
  }

  /** What the in-page watcher collected: console errors, uncaught errors, failed loads. */
  problems() {
    return this.run('() => window.__harness?.problems ?? ["the page has no watcher (not served by the test server?)"]', []);
  }

  /** console.warn messages, collected in the page. */
  warnings() {
    return this.run('() => window.__harness?.warnings ?? []', []);
  }

  /** Paths (or URLs, when foreign) of every resource the page loaded, from the page's timing entries. */
  requests() {
    return this.run(`() => [location.href, ...performance.getEntriesByType('resource').map((entry) => entry.name)]`, []);
  }

  /** Waits two frames: enough for a change to be styled, laid out and painted. */
  frames() {
    return this.run('() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())))', []);
  }
}

class PuppeteerPage extends Page {
  constructor(page, context, engine) {
    super();
    this.page = page;
    this.context = context;
    this.engine = engine;
  }

  run(source, args) {
    return this.page.evaluate(`(${source})(...${JSON.stringify(args)})`);
  }

  async pointer(action, x, y) {
    if (action === 'click') await this.page.mouse.click(x, y);
    else await this.page.mouse.move(x, y);
  }

  press(key) {
    return this.page.keyboard.press(key);
  }

  type(text) {
    return this.page.keyboard.type(text);
  }

  async goto(url) {
    await this.page.goto(url, { waitUntil: 'load' });
  }

  async screenshot(path, selector) {
    const element = await this.page.$(selector);
    await mkdir(dirname(path), { recursive: true });
    await element.screenshot({ path });
  }

  /**
   * The element's role, accessible name and description in Chromium's accessibility tree (CDP).
   * BiDi offers Firefox no way to read them: null there (see `isAccessibleAs`).
   */
  async accessibility(selector) {
    if (this.engine !== 'chromium') return null;
    const element = await this.page.evaluateHandle(`(${FIND})(${JSON.stringify(selector)})`);
    const node = await this.page.accessibility.snapshot({ root: element, interestingOnly: false });
    await element.dispose();
    if (!node) throw new Error(`${selector} is not in the accessibility tree`);
    return { role: node.role, name: node.name, description: node.description ?? '' };
  }

  /**
   * Whether the engine finds the element by this role and exact accessible name, through WebDriver
   * BiDi's accessibility locator (browsingContext.locateNodes), searching from its parent.
   */
  async isAccessibleAs(selector, { role, name }) {
    const element = await this.page.evaluateHandle(`(${FIND})(${JSON.stringify(selector)})`);
    const parent = await element.evaluateHandle((node) => node.parentNode);
    const found = await this.page.mainFrame().locateNodes(parent, { type: 'accessibility', value: { role, name } });
    const id = element.remoteValue().sharedId;
    await Promise.all([element.dispose(), parent.dispose()]);
    return found.some((node) => node.sharedId === id);
  }

  /** DOM nodes, event listeners and JS heap bytes after a garbage collection (Chromium only). */
  async memoryCounters() {
    if (this.engine !== 'chromium') return null;
    const cdp = await this.page.createCDPSession();
    await cdp.send('HeapProfiler.collectGarbage');
    const counters = await cdp.send('Memory.getDOMCounters');
    const heap = await cdp.send('Runtime.getHeapUsage');
    await cdp.detach();
    return { nodes: counters.nodes, listeners: counters.jsEventListeners, heap: heap.usedSize };
  }

  async close() {
    await this.context.close();
  }
}

/** WebDriver's codes for the named keys the tests press. */
const WEBDRIVER_KEYS = {
  Backspace: '\uE003', Tab: '\uE004', Enter: '\uE007', Shift: '\uE008', Control: '\uE009', Escape: '\uE00C',
  End: '\uE010', Home: '\uE011', ArrowLeft: '\uE012', ArrowUp: '\uE013', ArrowRight: '\uE014', ArrowDown: '\uE015',
};

/** The key of an element reference in WebDriver's JSON. */
const WEB_ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

class WebDriverPage extends Page {
  constructor(driver, session) {
    super();
    this.driver = driver;
    this.session = session;
  }

  command(method, path, body) {
    return this.driver.command(method, `/session/${this.session}${path}`, body);
  }

  async run(source, args) {
    const script = `const done = arguments[arguments.length - 1];
      Promise.resolve().then(() => (${source})(...arguments[0]))
        .then((value) => done({ value: value === undefined ? null : value }), (error) => done({ error: String(error && error.stack || error) }));`;
    const outcome = await this.command('POST', '/execute/async', { script, args: [args] });
    if (outcome?.error) throw new Error(outcome.error);
    return outcome?.value;
  }

  actions(actions) {
    return this.command('POST', '/actions', { actions });
  }

  async pointer(action, x, y) {
    const steps = [{ type: 'pointerMove', x, y, origin: 'viewport', duration: 0 }];
    if (action === 'click') steps.push({ type: 'pointerDown', button: 0 }, { type: 'pointerUp', button: 0 });
    await this.actions([{ type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: steps }]);
  }

  keys(values) {
    const actions = values.flatMap((value) => [{ type: 'keyDown', value }, { type: 'keyUp', value }]);
    return this.actions([{ type: 'key', id: 'keyboard', actions }]);
  }

  press(key) {
    return this.keys([WEBDRIVER_KEYS[key] ?? key]);
  }

  type(text) {
    // WebKitWebDriver drops a bare line feed; a line break is the Enter key.
    return this.keys([...text].map((character) => (character === '\n' ? WEBDRIVER_KEYS.Enter : character)));
  }

  async goto(url) {
    if (!this.frame) {
      await this.command('POST', '/url', { url });
      return;
    }
    await this.command('POST', '/frame', { id: null });
    await this.command('POST', '/url', { url: new URL('/harness/frame.html', url).href });
    await this.run(`({ width, height }, url) => new Promise((resolve) => {
      const frame = document.querySelector('iframe');
      Object.assign(frame.style, { width: width + 'px', height: height + 'px' });
      frame.addEventListener('load', resolve, { once: true });
      frame.src = url;
    })`, [this.frame, url]);
    await this.command('POST', '/frame', { id: 0 });
  }

  async setViewport({ width, height }) {
    // The window includes the browser's own chrome: size it, measure, and correct once. A
    // width below the window's minimum is emulated with a frame of that size (see goto).
    await this.command('POST', '/window/rect', { width, height });
    const inner = await this.run('() => ({ width: innerWidth, height: innerHeight })', []);
    await this.command('POST', '/window/rect', { width: 2 * width - inner.width, height: 2 * height - inner.height });
    const corrected = await this.run('() => ({ width: innerWidth, height: innerHeight })', []);
    this.frame = corrected.width === width && corrected.height === height ? null : { width, height };
  }

  /** WebKitGTK's element screenshots come out black: the viewport, scrolled to the element. */
  async screenshot(path, selector) {
    await this.run(`(selector) => document.querySelector(selector).scrollIntoView({ block: 'start' })`, [selector]);
    await this.frames();
    const png = await this.command('GET', '/screenshot');
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, Buffer.from(png, 'base64'));
  }

  memoryCounters() {
    return null;
  }

  /** The element's role and accessible name, from WebDriver's Get Computed Role and Label. */
  async accessibility(selector) {
    const reference = await this.command('POST', '/execute/sync', { script: `return (${FIND})(arguments[0])`, args: [selector] });
    const element = `/element/${reference[WEB_ELEMENT]}`;
    return { role: await this.command('GET', `${element}/computedrole`), name: await this.command('GET', `${element}/computedlabel`) };
  }

  async close() {
    await this.driver.command('DELETE', `/session/${this.session}`);
  }
}

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts a process and records its output; `stop()` ends it. */
function start(command, args, env) {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => { output += chunk; });
  child.stderr.on('data', (chunk) => { output += chunk; });
  return { child, output: () => output, stop: () => child.exitCode === null && child.kill('SIGTERM') };
}

/**
 * WebKitWebDriver on its own Xvfb display; one WebDriver session (MiniBrowser) per page. It
 * drives one session at a time: a test closes a page before it opens the next.
 */
class WebKitDriver {
  static async launch() {
    const instance = new WebKitDriver();
    await instance.start();
    return instance;
  }

  /** Starts Xvfb and WebKitWebDriver, on a free display and port, and waits until it answers. */
  async start() {
    const display = `:${await freePort() % 900 + 100}`;
    const xvfb = start('Xvfb', [display, '-screen', '0', '1600x1200x24', '-nolisten', 'tcp']);
    const port = await freePort();
    const driver = start('WebKitWebDriver', [`--port=${port}`, '--host=127.0.0.1'], { DISPLAY: display });
    this.base = `http://127.0.0.1:${port}`;
    this.processes = [driver, xvfb];
    for (let attempt = 0; ; attempt++) {
      try {
        await this.command('GET', '/status');
        return;
      } catch (error) {
        if (attempt > 100) {
          this.close();
          throw new Error(`WebKitWebDriver did not start: ${error.message}\n${driver.output()}${xvfb.output()}`);
        }
        await sleep(50);
      }
    }
  }

  async command(method, path, body, timeout = 300_000) {
    const response = await fetch(this.base + path, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeout),
    });
    const reply = await response.json();
    if (!response.ok) throw new Error(`WebDriver ${method} ${path}: ${reply.value?.error}: ${reply.value?.message}`);
    return reply.value;
  }

  async newPage({ viewport = DEFAULT_VIEWPORT, colorScheme } = {}) {
    const options = { binary: WEBKIT_BROWSER, args: ['--automation', ...(colorScheme === 'dark' ? ['--dark-mode'] : [])] };
    const capabilities = { capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': options } } };
    let session;
    try {
      session = await this.command('POST', '/session', capabilities, SESSION_START_MS);
    } catch (error) {
      // Now and then MiniBrowser never comes up and the driver waits for it forever: start
      // the driver again and ask once more. Any other refusal is the test's to see.
      if (error.name !== 'TimeoutError') throw error;
      this.close();
      await this.start();
      session = await this.command('POST', '/session', capabilities, SESSION_START_MS);
    }
    const page = new WebDriverPage(this, session.sessionId);
    // Long in-page loops (10,000 connect/disconnect cycles) outlast the default 30 s.
    await page.command('POST', '/timeouts', { script: 300_000 });
    await page.goto('about:blank');
    await page.setViewport(viewport);
    return page;
  }

  version() {
    return this.command('GET', '/status').then(() => 'WebKitGTK (MiniBrowser)');
  }

  close() {
    for (const process of this.processes) process.stop();
  }
}

/** Firefox, with the system's colour scheme set by preference (BiDi cannot emulate it per page). */
function launchFirefox(colorScheme = 'light') {
  return puppeteer.launch({
    browser: 'firefox', executablePath: process.env.FIREFOX ?? '/usr/bin/firefox-esr', headless: true, protocolTimeout: 300_000,
    extraPrefsFirefox: { 'layout.css.prefers-color-scheme.content-override': colorScheme === 'dark' ? 0 : 1 },
  });
}

class PuppeteerDriver {
  static async launch(engine) {
    const browser = engine === 'firefox'
      ? await launchFirefox()
      : await puppeteer.launch({ browser: 'chrome', executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS, protocolTimeout: 300_000 });
    return new PuppeteerDriver(browser, engine);
  }

  constructor(browser, engine) {
    this.browser = browser;
    this.engine = engine;
    /** Firefox with a dark system scheme, launched the first time a page asks for one. */
    this.darkFirefox = null;
  }

  async newPage({ viewport = DEFAULT_VIEWPORT, colorScheme = 'light' } = {}) {
    let browser = this.browser;
    if (this.engine === 'firefox' && colorScheme === 'dark') browser = this.darkFirefox ??= await launchFirefox('dark');
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    await page.setViewport(viewport);
    if (this.engine === 'chromium') await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: colorScheme }]);
    return new PuppeteerPage(page, context, this.engine);
  }

  version() {
    return this.browser.version();
  }

  async close() {
    await this.darkFirefox?.close();
    await this.browser.close();
  }
}

/** Launches `engine` (default: this process's ENGINE). */
export function launchEngine(engine = ENGINE) {
  return engine === 'webkit' ? WebKitDriver.launch() : PuppeteerDriver.launch(engine);
}
