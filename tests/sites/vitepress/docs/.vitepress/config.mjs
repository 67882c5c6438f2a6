// The README's VitePress recipe, as the end-to-end suite builds it.
export default {
  title: 'Example API',
  head: [
    ['link', { rel: 'stylesheet', href: '/http-status/http-status.css' }],
    ['script', { type: 'module', src: '/http-status/http-status.js' }],
    // VitePress sets color-scheme only in dark mode; this says light mode is light.
    ['style', {}, 'html:not(.dark) { color-scheme: light }'],
  ],
  // Markdown is compiled at build time: tell Vue the tag is a custom element there.
  vue: { template: { compilerOptions: { isCustomElement: (tag) => tag === 'http-status' } } },
  themeConfig: { search: { provider: 'local' }, sidebar: [{ text: 'Errors', link: '/' }, { text: 'Limits', link: '/limits' }] },
};
