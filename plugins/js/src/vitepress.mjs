// VitePress: `export default withHttpStatus({ ...your config })`. Adds the markdown-it plugin
// (in Vue template syntax), tells Vue the tag is a custom element, puts the two head tags on
// every page, and publishes the files under `{base}{folder}/`: served by the dev server, and
// copied into the output when the build ends (not emitted into the bundle, where VitePress
// would take a stylesheet of ours for the theme's).
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { CONTENT_TYPES, copyPublished, headTags, publishedFiles } from './files.mjs';
import httpStatus from './markdown-it.mjs';
import { filesFolder } from './table.mjs';

/** The site's `config` with `<http-status>` pre-rendered; `files` as in htmlPrerenderer. */
export function withHttpStatus(config = {}, { files, folder = 'http-status' } = {}) {
  const source = filesFolder(files);
  const base = `${(config.base ?? '/').replace(/([^/])$/, '$1/')}${folder}/`;
  const { markdown = {}, vue = {}, vite = {} } = config;
  const compilerOptions = vue.template?.compilerOptions ?? {};
  return {
    ...config,
    head: [...headTags(base), ...(config.head ?? [])],
    markdown: {
      ...markdown,
      config(md) {
        markdown.config?.(md);
        md.use(httpStatus, { files: source, base, vue: true });
      },
    },
    vue: {
      ...vue,
      template: {
        ...vue.template,
        compilerOptions: { ...compilerOptions, isCustomElement: (tag) => tag === 'http-status' || Boolean(compilerOptions.isCustomElement?.(tag)) },
      },
    },
    vite: { ...vite, plugins: [...(vite.plugins ?? []), serveFiles(source, folder)] },
    async buildEnd(siteConfig) {
      await config.buildEnd?.(siteConfig);
      copyPublished(source, join(siteConfig.outDir, folder));
    },
  };
}

/** A Vite plugin that serves the published files in the dev server. */
function serveFiles(source, folder) {
  return {
    name: 'http-status-files',
    apply: 'serve',
    configureServer(server) {
      const prefix = `${server.config.base}${folder}/`;
      server.middlewares.use((request, response, next) => {
        const path = new URL(request.url, 'http://dev').pathname;
        const name = path.startsWith(prefix) ? path.slice(prefix.length) : '';
        if (!publishedFiles(source).includes(name)) return next();
        response.setHeader('content-type', CONTENT_TYPES[extname(name)] ?? 'application/octet-stream');
        response.end(readFileSync(join(source, name)));
      });
    },
  };
}
