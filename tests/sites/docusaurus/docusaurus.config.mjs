// A docs-only Docusaurus site with the plugins of plugins/js, as an author would set it up, but
// reading the published files from this repository's dist/ instead of an installed package.
import { fileURLToPath } from 'node:url';
import remarkHttpStatus from 'http-status-element-docs/remark';

const files = fileURLToPath(new URL('../../../dist', import.meta.url));

export default {
  title: 'Example API',
  url: 'http://127.0.0.1',
  baseUrl: '/',
  onBrokenLinks: 'throw',
  themes: ['@docusaurus/theme-classic'],
  plugins: [
    ['@docusaurus/plugin-content-docs', { routeBasePath: '/', remarkPlugins: [[remarkHttpStatus, { files, base: '/http-status/' }]] }],
    ['http-status-element-docs/docusaurus', { files }],
  ],
  themeConfig: { navbar: { title: 'Example API' } },
};
