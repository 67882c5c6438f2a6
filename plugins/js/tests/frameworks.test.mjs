// What the VitePress wrapper and the Docusaurus plugin add to a site: the head tags under the
// site's base, the markdown-it plugin after the site's own, the custom element beside the
// site's, the files copied when the build ends, and the site's own hooks still called.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';
import { withHttpStatus } from '../src/vitepress.mjs';
import httpStatusPlugin from '../src/docusaurus.mjs';
import { publishedFiles } from '../src/files.mjs';
import { DIST } from './reference.mjs';

const HEAD_TAGS = [
  ['link', { rel: 'stylesheet', href: '/docs/http-status/http-status.css' }],
  ['script', { type: 'module', src: '/docs/http-status/http-status.js' }],
];

test('VitePress: the site\'s config keeps its own settings and hooks, with ours added under its base', async () => {
  const calls = [];
  const config = withHttpStatus({
    base: '/docs',
    title: 'Example',
    head: [['style', {}, 'p {}']],
    markdown: { lineNumbers: true, config: () => calls.push('site markdown') },
    vue: { template: { compilerOptions: { isCustomElement: (tag) => tag === 'x-site', whitespace: 'preserve' } } },
    buildEnd: () => calls.push('site buildEnd'),
  }, { files: DIST });
  assert.equal(config.title, 'Example');
  assert.deepEqual(config.head, [...HEAD_TAGS, ['style', {}, 'p {}']]);
  assert.equal(config.markdown.lineNumbers, true);
  const md = new MarkdownIt({ html: true });
  config.markdown.config(md);
  const html = md.render('<http-status code="404">404</http-status>');
  assert.ok(html.startsWith('<p><http-status code="404" v-html="&quot;&lt;template shadowrootmode='), html);
  assert.ok(html.includes('href=\\&quot;/docs/http-status/http-status-shadow.css'), html);
  const { compilerOptions } = config.vue.template;
  assert.deepEqual(['http-status', 'x-site', 'div'].map(compilerOptions.isCustomElement), [true, true, false]);
  assert.equal(compilerOptions.whitespace, 'preserve');
  const outDir = await mkdtemp(join(tmpdir(), 'vitepress-out-'));
  try {
    await config.buildEnd({ outDir });
    assert.deepEqual((await readdir(join(outDir, 'http-status'))).sort(), publishedFiles(DIST).sort());
  } finally {
    await rm(outDir, { recursive: true });
  }
  assert.deepEqual(calls, ['site markdown', 'site buildEnd']);
  assert.equal(config.vite.plugins.length, 1, 'the dev server\'s plugin');
});

test('Docusaurus: the head tags under the site\'s baseUrl, and the files added to the client build only', () => {
  const plugin = httpStatusPlugin({ baseUrl: '/docs/' }, { files: DIST });
  assert.deepEqual(plugin.injectHtmlTags().headTags, HEAD_TAGS.map(([tagName, attributes]) => ({ tagName, attributes })));
  assert.deepEqual(plugin.configureWebpack({}, true), {});
  assert.equal(plugin.configureWebpack({}, false).plugins.length, 1);
});
