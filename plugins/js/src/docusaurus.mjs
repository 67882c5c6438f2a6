// Docusaurus plugin: `plugins: [['http-status-element-docs/docusaurus', { files, folder }]]`.
// Puts the two head tags on every page and publishes the files under `{baseUrl}{folder}/`, as
// assets of the client bundle, so the dev server serves them and the build writes them. The
// Markdown itself is pre-rendered by the remark plugin (`./remark`), given the same base.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { headTags, publishedFiles } from './files.mjs';
import { filesFolder } from './table.mjs';

export default function httpStatusPlugin(context, { files, folder = 'http-status' } = {}) {
  const source = filesFolder(files);
  const base = `${context.baseUrl}${folder}/`;
  return {
    name: 'http-status-element-docs',
    injectHtmlTags: () => ({ headTags: headTags(base).map(([tagName, attributes]) => ({ tagName, attributes })) }),
    configureWebpack(config, isServer) {
      return isServer ? {} : { plugins: [new EmitPublishedFiles(source, folder)] };
    },
  };
}

/** A webpack plugin that adds the published files to the compilation's assets. */
class EmitPublishedFiles {
  constructor(source, folder) {
    this.source = source;
    this.folder = folder;
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(this.constructor.name, (compilation) => {
      compilation.hooks.processAssets.tap({ name: this.constructor.name, stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        for (const name of publishedFiles(this.source)) {
          compilation.emitAsset(`${this.folder}/${name}`, new sources.RawSource(readFileSync(join(this.source, name))));
        }
      });
    });
  }
}
