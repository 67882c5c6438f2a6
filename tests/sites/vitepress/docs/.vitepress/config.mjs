// The README's VitePress recipe with the markdown-it plugin of plugins/js (withHttpStatus), as
// the end-to-end suite builds it, reading the published files from this repository's dist/.
import { fileURLToPath } from 'node:url';
import { withHttpStatus } from 'http-status-element-docs/vitepress';

const files = fileURLToPath(new URL('../../../../../dist', import.meta.url));

export default withHttpStatus({
  title: 'Example API',
  head: [
    // VitePress sets color-scheme only in dark mode; this says light mode is light.
    ['style', {}, 'html:not(.dark) { color-scheme: light }'],
  ],
  themeConfig: { search: { provider: 'local' }, sidebar: [{ text: 'Errors', link: '/' }, { text: 'Limits', link: '/limits' }] },
}, { files });
