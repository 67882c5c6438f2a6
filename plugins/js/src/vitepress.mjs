// VitePress: `export default withHttpStatus({ ...your config })`. Adds the markdown-it plugin
// (in Vue template syntax), tells Vue the tag is a custom element, puts the two head tags on
// every page, and publishes the files under `{base}{folder}/`: served by the dev server and
// written into the client build's output.
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { CONTENT_TYPES, headTags, publishedFiles } from './files.mjs';
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
    vite: { ...vite, plugins: [...(vite.plugins ?? []), publishFiles(source, folder)] },
  };
}

/** A Vite plugin that serves the published files in dev and emits them into the client build. */
function publishFiles(source, folder) {
  let resolved;
  return {
    name: 'http-status-files',
    configResolved(config) {
      resolved = config;
    },
    configureServer(server) {
      const prefix = `${resolved.base}${folder}/`;
      server.middlewares.use((request, response, next) => {
        const path = new URL(request.url, 'http://dev').pathname;
        const name = path.startsWith(prefix) ? path.slice(prefix.length) : '';
        if (!publishedFiles(source).includes(name)) return next();
        response.setHeader('content-type', CONTENT_TYPES[extname(name)] ?? 'application/octet-stream');
        response.end(readFileSync(join(source, name)));
      });
    },
    generateBundle() {
      if (resolved.build.ssr) return;
      for (const name of publishedFiles(source)) this.emitFile({ type: 'asset', fileName: `${folder}/${name}`, source: readFileSync(join(source, name)) });
    },
  };
}
