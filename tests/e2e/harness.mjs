// Shared end-to-end harness: a static server on 127.0.0.1 over the repository (so pages can
// load /dist/http-status.js) and a headless Chromium driven by playwright-core.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.css': 'text/css',
  '.ts': 'text/plain; charset=utf-8',
};

/** Pages whose name starts with `csp-` are served with the strict policy the README promises. */
export const STRICT_CSP = "script-src 'self' 'wasm-unsafe-eval'";

/**
 * Serves /dist/* (and /copy/*, /untyped/*) from dist/ and /pages/* from `pages`
 * (tests/e2e/pages/ unless given). Returns { url, close, requests }.
 */
export async function serve(pages = join(ROOT, 'tests/e2e/pages')) {
  const requests = [];
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname);
    requests.push(path);
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    // /copy/ serves dist/ again under another URL: a second, independent copy of the bundle.
    // /untyped/ serves it once more the way a careless server does, without the wasm MIME type.
    const bundle = path.match(/^\/(dist|copy|untyped)\//);
    const untyped = bundle?.[1] === 'untyped';
    const mapped = bundle ? join(ROOT, 'dist', path.slice(bundle[0].length))
      : path.startsWith('/pages/') ? join(pages, path.slice(7))
      : null;
    if (!mapped || !normalize(mapped).startsWith(ROOT)) {
      response.writeHead(404).end('not found');
      return;
    }
    try {
      const body = await readFile(mapped);
      const type = untyped && extname(mapped) === '.wasm' ? 'application/octet-stream' : TYPES[extname(mapped)];
      const headers = { 'content-type': type ?? 'application/octet-stream', 'cache-control': 'no-store' };
      if (/\/csp-[^/]*\.html$/.test(path)) headers['content-security-policy'] = STRICT_CSP;
      response.writeHead(200, headers).end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, requests, close: () => new Promise((resolve) => server.close(resolve)) };
}

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];

export function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/**
 * A new page that records console messages, uncaught exceptions and every request it makes.
 * `page.problems()` lists errors and exceptions; warnings are in `page.warnings`.
 */
export async function openPage(browser, url, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors = [];
  const warnings = [];
  const requests = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
    if (message.type() === 'warning') warnings.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  page.on('request', (request) => requests.push(request.url()));
  page.problems = () => errors;
  page.warnings = warnings;
  page.requests = requests;
  if (url) {
    await page.goto(url);
    await page.evaluate(() => import('/dist/http-status.js').then((module) => module.ready));
  }
  return page;
}

/** Text of the first match of `selector` inside the shadow root of the n-th <http-status>. */
export function shadowText(page, selector, index = 0) {
  return page.evaluate(([selector, index]) => {
    const host = document.querySelectorAll('http-status')[index];
    return host?.shadowRoot?.querySelector(selector)?.textContent ?? null;
  }, [selector, index]);
}

/** Waits until the n-th <http-status> has rendered `selector` in its shadow root. */
export function waitForShadow(page, selector, index = 0) {
  return page.waitForFunction(([selector, index]) => {
    const host = document.querySelectorAll('http-status')[index];
    return Boolean(host?.shadowRoot?.querySelector(selector));
  }, [selector, index]);
}

/**
 * For a test file: starts the server and Chromium before its tests and stops them after.
 * Returns an object whose `server` and `browser` are set once the tests run.
 */
export function useServerAndBrowser() {
  const shared = { server: null, browser: null };
  before(async () => {
    shared.server = await serve();
    shared.browser = await launch();
  });
  after(async () => {
    await shared.browser?.close();
    await shared.server?.close();
  });
  return shared;
}
