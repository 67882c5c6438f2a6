// Pre-renders the `<http-status>` elements of an HTML string: each known badge or card gets its
// shadow-root template as first child, written as HTML, or, for a Vue template (VitePress), as
// `v-html`: Vue then neither hydrates nor diffs the element's children, and a template that
// arrives through client-side navigation stays a <template> child for the element to adopt.
import { replaceElements } from './html.mjs';
import { escapeHtml, filesFolder, loadTable, templateFor, unknownCodeWarning } from './table.mjs';

/**
 * A function `(html, page) => html` over the table in `files` (default: the installed
 * http-status-element's dist/). `base` is the URL folder the published files are served from
 * (ends with `/`); `warn` receives the build-time warnings; `vue` writes Vue template syntax.
 */
export function htmlPrerenderer({ files, base = '/http-status/', warn = console.warn, vue = false } = {}) {
  const table = loadTable(filesFolder(files));
  return (html, page) => replaceElements(html, ({ attributes, values, inner, selfClosing }) => {
    const { template, unknown } = templateFor(table, values, base);
    if (unknown !== undefined) warn(unknownCodeWarning(unknown, page));
    if (!template) return null;
    // HTML has no self-closing custom elements: `<http-status …/>` is written with its end tag.
    if (!vue) return `<http-status${attributes}>${template}${inner ?? ''}${inner === undefined ? '' : '</http-status>'}`;
    if (inner === undefined) {
      warn(`http-status: <http-status${attributes}> has no end tag in the same paragraph or HTML block, so it is left for the browser to render${page ? ` (${page})` : ''}`);
      return null;
    }
    return `<http-status${attributes} v-html="${escapeHtml(JSON.stringify(template + inner))}"></http-status>`;
  });
}
