// The markdown-it plugin over Markdown with badges and cards inline, in HTML blocks and on lines
// of their own, checked against the reference implementation: as HTML, and as a Vue template
// (VitePress) where the template and fallback are the element's v-html.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import httpStatus from '../src/markdown-it.mjs';
import { htmlPrerenderer } from '../src/prerender-html.mjs';
import { BASE, DIST, VENDOR_LABEL, referenceTemplate, warnings } from './reference.mjs';

const MARKDOWN = `# Errors

Too fast? The API answers <http-status code="429" view="Badge">429 *Too Many* Requests</http-status>.

<http-status code=" 404 ">
404 Not Found
</http-status>

A vendor's: <http-status code="${VENDOR_LABEL}" view="badge">${VENDOR_LABEL}</http-status>, and <http-status code="abc" view="badge">abc</http-status>.

<http-status view="browser"></http-status>

<http-status code="500" view="explainer"></http-status>
`;

const render = (options) => {
  const { list, warn } = warnings();
  const md = new MarkdownIt({ html: true }).use(httpStatus, { files: DIST, base: BASE, warn, ...options });
  return { html: md.render(MARKDOWN, { page: 'errors.md' }), warnings: list };
};

test('markdown-it: badges and cards get the reference template as first child, the author\'s attributes and fallback unchanged', () => {
  const { html, warnings } = render();
  assert.ok(html.includes(`<http-status code="429" view="Badge">${referenceTemplate({ code: '429', view: 'badge' })}429 <em>Too Many</em> Requests</http-status>`), html);
  assert.ok(html.includes(`<http-status code=" 404 ">${referenceTemplate({ code: '404' })}\n404 Not Found\n</http-status>`), html);
  assert.ok(html.includes(`<http-status code="${VENDOR_LABEL}" view="badge">${referenceTemplate({ code: VENDOR_LABEL, view: 'badge' })}${VENDOR_LABEL}</http-status>`), html);
  assert.ok(html.includes('<http-status code="abc" view="badge">abc</http-status>'), 'an unknown code is left as written');
  assert.ok(html.includes('<http-status view="browser"></http-status>'), 'a browser is left as written');
  assert.ok(html.includes('<http-status code="500" view="explainer"></http-status>'), 'an explainer is left as written');
  assert.equal(html.match(/<template shadowrootmode/g).length, 3);
  assert.deepEqual(warnings, ['http-status: code "abc" is not one we know; left for the browser to explain (errors.md)']);
});

test('HTML already pre-rendered is left as it is', () => {
  const prerender = htmlPrerenderer({ files: DIST, base: BASE });
  const once = prerender('<p><http-status code="404">404</http-status> and <http-status code="429" view="badge"/></p>');
  assert.equal(once.match(/<template shadowrootmode/g).length, 2);
  assert.equal(prerender(once), once);
});

/** The string a `v-html="…"` attribute's JavaScript literal holds. */
const vHtml = (element) => JSON.parse(element.match(/ v-html="([^"]*)"/)[1].replace(/&(quot|amp|lt|gt);/g, (_, name) => ({ quot: '"', amp: '&', lt: '<', gt: '>' })[name]));

test('markdown-it for Vue: the template and the fallback are the element\'s v-html, so Vue neither hydrates nor diffs them', () => {
  const { html } = render({ vue: true });
  const elements = html.match(/<http-status[^>]*>(?:<\/http-status>)?/g);
  assert.equal(elements.length, 6);
  assert.equal(vHtml(elements[0]), `${referenceTemplate({ code: '429', view: 'badge' })}429 <em>Too Many</em> Requests`);
  assert.ok(elements[0].startsWith('<http-status code="429" view="Badge" v-html='));
  assert.equal(vHtml(elements[1]), `${referenceTemplate({ code: '404' })}\n404 Not Found\n`);
  assert.equal(vHtml(elements[2]), `${referenceTemplate({ code: VENDOR_LABEL, view: 'badge' })}${VENDOR_LABEL}`);
  assert.deepEqual(elements.slice(3).map((element) => element.includes('v-html')), [false, false, false]);
});
