// Shared end-to-end harness: a static server on 127.0.0.1 over the repository (so pages can
// load /dist/http-status.js) and the browser engine this process tests (see engines.mjs).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { before, after, afterEach } from 'node:test';
import { ENGINE, launchEngine } from './engines.mjs';

export { ENGINE };
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The build's list of the files each wasm has and each kind of page needs (tools/files.mjs). */
export const FILES = JSON.parse(await readFile(join(ROOT, 'dist/http-status-files.json'), 'utf8'));

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.css': 'text/css',
  '.ts': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** Pages whose name starts with `csp-` are served with the strict policy the README promises. */
export const STRICT_CSP = "script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'";

/** The watcher goes first into every page served, before any script of the page's own. */
const WATCHER_TAG = '<script src="/harness/watch.js"></script>';
function withWatcher(html) {
  const head = html.match(/<head[^>]*>/i);
  return head ? html.replace(head[0], `${head[0]}${WATCHER_TAG}`) : WATCHER_TAG + html;
}

/**
 * Serves /dist/* (and /copy/*, /untyped/*) from dist/, /pages/* from `pages` (tests/e2e/pages/
 * unless given), /harness/watch.js, and any extra `mounts` ({ '/site/': '/abs/dir' }).
 * `?nojs` serves a page under `script-src 'none'`: what a reader without JavaScript sees.
 * Returns { url, close, requests, setOffline }: `setOffline(true)` drops every connection and
 * request, as a network that is gone would (a service worker's cache then has to answer).
 */
export async function serve(pages = join(ROOT, 'tests/e2e/pages'), mounts = {}) {
  const requests = [];
  const sockets = new Set();
  let offline = false;
  const roots = { '/harness/': join(ROOT, 'tests/e2e'), '/pages/': pages, ...mounts };
  const server = createServer(async (request, response) => {
    if (offline) {
      request.socket.destroy();
      return;
    }
    const url = new URL(request.url, 'http://127.0.0.1');
    const path = decodeURIComponent(url.pathname);
    requests.push(path);
    if (path === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    // /copy/ serves dist/ again under another URL: a second, independent copy of the bundle.
    // /untyped/ serves it once more the way a careless server does, without the wasm MIME type,
    // and /nowasm/ the way a dev server does when the wasm is missing: with an HTML page.
    // /noprose/ is a copy published without its prose file.
    const bundle = path.match(/^\/(dist|copy|untyped|nowasm|noprose)\//);
    const untyped = bundle?.[1] === 'untyped';
    if (bundle?.[1] === 'nowasm' && path.endsWith('.wasm')) {
      response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Not here</title>');
      return;
    }
    if (bundle?.[1] === 'noprose' && path.endsWith('.txt')) {
      response.writeHead(404).end('not found');
      return;
    }
    const mount = Object.keys(roots).find((prefix) => path.startsWith(prefix));
    let mapped = bundle ? join(ROOT, 'dist', path.slice(bundle[0].length)) : mount ? join(roots[mount], path.slice(mount.length)) : null;
    if (mapped && (path.endsWith('/') || !extname(mapped))) mapped = join(mapped, path.endsWith('/') ? 'index.html' : '');
    const allowed = [join(ROOT, 'dist'), ...Object.values(roots)].some((root) => mapped && normalize(mapped).startsWith(root));
    if (!allowed) {
      response.writeHead(404).end('not found');
      return;
    }
    try {
      let body = await readFile(mapped);
      const type = untyped && extname(mapped) === '.wasm' ? 'application/octet-stream' : TYPES[extname(mapped)];
      const headers = { 'content-type': type ?? 'application/octet-stream', 'cache-control': 'no-store' };
      if (extname(mapped) === '.html') {
        body = withWatcher(body.toString('utf8'));
        if (/\/csp-[^/]*\.html$/.test(path)) headers['content-security-policy'] = STRICT_CSP;
        if (url.searchParams.has('nojs')) headers['content-security-policy'] = "script-src 'none'";
      }
      response.writeHead(200, headers).end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  server.on('connection', (socket) => {
    if (offline) socket.destroy();
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  const setOffline = (value) => {
    offline = value;
    if (offline) for (const socket of sockets) socket.destroy();
  };
  return { url: `http://127.0.0.1:${port}`, requests, setOffline, close: () => new Promise((resolve) => server.close(resolve)) };
}

/**
 * For a test file: starts the server and the engine before its tests, closes every page a test
 * opened after it, and stops both at the end. `shared.open(path, options)` opens a page of the
 * server (waiting for the embed's `ready` unless `ready: false`); `shared.url(path)` is its URL.
 */
export function useServerAndBrowser({ mounts } = {}) {
  const opened = [];
  const shared = {
    server: null,
    engine: null,
    url: (path) => `${shared.server.url}${path}`,
    /** A new page in a fresh context, at `path` when given. */
    async open(path, { viewport, colorScheme, ready = true } = {}) {
      const page = await shared.engine.newPage({ viewport, colorScheme });
      opened.push(page);
      if (path) {
        await page.goto(shared.url(path));
        if (ready) await page.evaluate(() => import('/dist/http-status.js').then((module) => module.ready));
      }
      return page;
    },
  };
  before(async () => {
    shared.server = await serve(undefined, mounts);
    shared.engine = await launchEngine();
  });
  afterEach(async () => {
    for (const page of opened.splice(0)) await page.close().catch(() => {});
  });
  after(async () => {
    await shared.engine?.close();
    await shared.server?.close();
  });
  return shared;
}

/** Text of the first match of `selector` inside the shadow root of the n-th <http-status>. */
export function shadowText(page, selector, index = 0) {
  return page.evaluate((selector, index) => document.querySelectorAll('http-status')[index]?.shadowRoot?.querySelector(selector)?.textContent ?? null, selector, index);
}

/** Waits until an <http-status> (the n-th, or the one `host` selects) has rendered `selector` in its shadow root. */
export function waitForShadow(page, selector, host = 0) {
  return page.waitFor((selector, host) => {
    const element = typeof host === 'number' ? document.querySelectorAll('http-status')[host] : document.querySelector(host);
    return Boolean(element?.shadowRoot?.querySelector(selector));
  }, selector, host);
}

/** Waits until the page has fetched nothing new for half a second (ten seconds at most). */
export async function networkIdle(page) {
  let count = -1;
  for (let waited = 0; waited < 10_000; waited += 500) {
    const now = (await page.requests()).length;
    if (now === count) return;
    count = now;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** Waits until every <http-status> on the page has rendered into its shadow root. */
export function allRendered(page) {
  // At least one: an app that renders its elements later (React) has none at first.
  return page.waitFor(() => {
    const elements = [...document.querySelectorAll('http-status')];
    return elements.length > 0 && elements.every((element) => element.shadowRoot?.querySelector('.root')?.childElementCount);
  });
}
