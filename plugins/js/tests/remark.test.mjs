// The remark plugin in MDX, compiled and rendered with React on the server as Docusaurus does,
// and over raw HTML in Markdown, checked against the reference implementation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { evaluate } from '@mdx-js/mdx';
import { createElement } from 'react';
import * as runtime from 'react/jsx-runtime';
import { renderToString } from 'react-dom/server';
import remarkHttpStatus from '../src/remark.mjs';
import { BASE, DIST, VENDOR_LABEL, referenceTemplate, warnings } from './reference.mjs';

const MDX = `# Errors

Too fast? The API answers <http-status code="429" view="badge">429 *Too Many* Requests</http-status>.

<http-status code="404" link-hash>404 Not Found</http-status>

<http-status code="404">
  404 & more

  Not Found
</http-status>

A vendor's: <http-status code="${VENDOR_LABEL}" view="badge">${VENDOR_LABEL}</http-status>, and <http-status code="abc" view="badge">abc</http-status>, <http-status code={"4" + "04"}>404</http-status>.

<http-status view="browser"></http-status>
`;

test('remark in MDX: badges and cards rendered by React with the reference template as first child, the author\'s attributes kept and the fallback as text', async () => {
  const { list, warn } = warnings();
  const { default: Content } = await evaluate({ value: MDX, path: 'docs/errors.mdx' }, { ...runtime, remarkPlugins: [[remarkHttpStatus, { files: DIST, base: BASE, warn }]] });
  const html = renderToString(createElement(Content));
  assert.ok(html.includes(`<http-status code="429" view="badge">${referenceTemplate({ code: '429', view: 'badge' })}429 Too Many Requests</http-status>`), html);
  assert.ok(html.includes(`<http-status code="404" link-hash="">${referenceTemplate({ code: '404' })}404 Not Found</http-status>`), html);
  assert.ok(html.includes(`<http-status code="404">${referenceTemplate({ code: '404' })}404 &amp; more Not Found</http-status>`), html);
  assert.ok(html.includes(`<http-status code="${VENDOR_LABEL}" view="badge">${referenceTemplate({ code: VENDOR_LABEL, view: 'badge' })}${VENDOR_LABEL}</http-status>`), html);
  assert.ok(html.includes('<http-status code="abc" view="badge">abc</http-status>'), 'an unknown code is left as written');
  assert.ok(html.includes('<http-status code="404">404</http-status>'), 'a code written as an expression is left for the browser');
  assert.ok(html.includes('<http-status view="browser"></http-status>'), 'a browser is left as written');
  assert.equal(html.match(/<template shadowrootmode/g).length, 4);
  assert.deepEqual(list, ['http-status: code "abc" is not one we know; left for the browser to explain (docs/errors.mdx)']);
});

test('remark over Markdown: raw HTML gets the template written in', () => {
  const tree = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'html', value: '<http-status code="404" view="badge">' }, { type: 'text', value: '404' }, { type: 'html', value: '</http-status>' }] }, { type: 'html', value: '<http-status code="429">\n429\n</http-status>' }] };
  remarkHttpStatus({ files: DIST, base: BASE })(tree, { path: 'limits.md' });
  assert.equal(tree.children[0].children[0].value, `<http-status code="404" view="badge">${referenceTemplate({ code: '404', view: 'badge' })}`);
  assert.equal(tree.children[1].value, `<http-status code="429">${referenceTemplate({ code: '429' })}\n429\n</http-status>`);
});

test('remark in MDX for Astro: the template and the fallback text are the element\'s set:html', async () => {
  // A JSX runtime that keeps what MDX hands it, as Astro's renders `set:html` unescaped.
  const elements = [];
  const jsx = (type, props) => {
    if (type === 'http-status') elements.push(props);
    return null;
  };
  const { default: Content } = await evaluate(MDX, { jsx, jsxs: jsx, Fragment: 'fragment', remarkPlugins: [[remarkHttpStatus, { files: DIST, base: BASE, jsx: 'astro', warn: () => {} }]] });
  Content();
  assert.deepEqual(elements.map((props) => props['set:html'] ?? Object.keys(props).join()), [
    `${referenceTemplate({ code: '429', view: 'badge' })}429 Too Many Requests`,
    `${referenceTemplate({ code: '404' })}404 Not Found`,
    `${referenceTemplate({ code: '404' })}404 &amp; more Not Found`,
    `${referenceTemplate({ code: VENDOR_LABEL, view: 'badge' })}${VENDOR_LABEL}`,
    'code,view,children', 'code,children', 'view',
  ]);
  assert.equal(elements[0].children, undefined);
});
