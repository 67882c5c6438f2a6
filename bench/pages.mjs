// The benchmark's pages, written afresh at each run: ours and the floor (a plain-JS element that
// replays our captured markup) for the first card, the article and the pages of badges, and ours
// for the browser and a page of badges and cards.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT } from '../tests/e2e/harness.mjs';

export const PAGES = join(ROOT, 'bench/runs/pages');
export const SCALES = [100, 1000, 5000];
export const IMPLEMENTATIONS = ['ours', 'floor'];

/** The floor: our rendered markup and stylesheet, captured from a real render, replayed by plain JS. */
export async function writeFloor(engine, server) {
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

export async function writePages() {
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
