// The lookup app's weight (dist/lookup/): what a first visit transfers, for the page itself and
// with the service worker's precache, and what a repeat visit transfers once the worker answers.
// Counted from the requests the server received, so the worker's own fetches are in.
import { networkIdle } from '../tests/e2e/harness.mjs';
import { weigh } from './weight.mjs';

/** A request's file in dist/: a page is its folder's index.html. */
const distFile = (path) => path.slice('/dist/'.length).replace(/\/$/, '/index.html');

/** Distinct files of dist/ among `paths`, weighed, with the number of requests. */
async function weighRequests(paths) {
  const ours = paths.filter((path) => path.startsWith('/dist/'));
  return { requests: ours.length, ...(await weigh([...new Set(ours.map(distFile))])) };
}

/**
 * Opens a record's page in a fresh context, waits for the explanation and for the service worker
 * to control the page (its precache complete), then opens another record's page.
 */
export async function lookupWeight(engine, server) {
  const page = await engine.newPage();
  try {
    const start = server.requests.length;
    await page.goto(`${server.url}/dist/lookup/404/`);
    await page.waitFor(() => Boolean(document.querySelector('http-status')?.shadowRoot?.querySelector('.panel')));
    const own = (await page.requests()).map((url) => new URL(url).pathname);
    await page.waitFor(() => navigator.serviceWorker.ready.then(() => Boolean(navigator.serviceWorker.controller)));
    await networkIdle(page);
    const firstVisit = server.requests.slice(start);
    const repeatStart = server.requests.length;
    await page.goto(`${server.url}/dist/lookup/cloudflare/1020/`);
    await page.waitFor(() => Boolean(document.querySelector('http-status')?.shadowRoot?.querySelector('.panel')));
    await networkIdle(page);
    return {
      page: await weighRequests(own),
      firstVisit: await weighRequests(firstVisit),
      repeatVisit: await weighRequests(server.requests.slice(repeatStart)),
    };
  } finally {
    await page.close();
  }
}
