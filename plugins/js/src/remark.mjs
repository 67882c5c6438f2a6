// remark plugin: pre-renders `<http-status>` badges and cards in Markdown and MDX (Docusaurus,
// Astro and Starlight).
// - Raw HTML in Markdown (`html` nodes) gets the template written into its HTML.
// - An MDX element gets `dangerouslySetInnerHTML` with the template and the fallback text: React
//   renders that HTML on the server, and on hydration neither hydrates nor diffs the element's
//   children, which the HTML parser has turned into a shadow root. After client-side
//   navigation React sets the same HTML as innerHTML, so the template stays a <template> child
//   for the element to adopt. With `jsx: 'astro'`, Astro's equivalent: `set:html`.
import { htmlPrerenderer } from './prerender-html.mjs';
import { escapeHtml, filesFolder, loadTable, templateFor, unknownCodeWarning } from './table.mjs';

const ELEMENTS = ['mdxJsxFlowElement', 'mdxJsxTextElement'];

/**
 * `remarkPlugins: [[remarkHttpStatus, { files, base, warn, jsx }]]` (the first three as in
 * htmlPrerenderer; `jsx`: `react`, the default, or `astro`).
 */
export default function remarkHttpStatus(options = {}) {
  const { base = '/http-status/', warn = console.warn, jsx = 'react' } = options;
  const files = filesFolder(options.files);
  const table = loadTable(files);
  const prerenderHtml = htmlPrerenderer({ files, base, warn });
  return (tree, file) => {
    const page = file?.path;
    visit(tree, (node) => {
      if (node.type === 'html') node.value = prerenderHtml(node.value, page);
      if (!ELEMENTS.includes(node.type) || node.name !== 'http-status') return;
      const values = literalAttributes(node.attributes);
      if (!values || values.dangerouslysetinnerhtml !== undefined) return;
      const { template, unknown } = templateFor(table, values, base);
      if (unknown !== undefined) warn(unknownCodeWarning(unknown, page));
      if (!template) return;
      const html = template + escapeHtml(textOf(node));
      node.attributes.push(jsx === 'astro' ? { type: 'mdxJsxAttribute', name: 'set:html', value: html } : innerHtmlAttribute(html));
      node.children = [];
    });
  };
}

function visit(node, action) {
  action(node);
  for (const child of node.children ?? []) visit(child, action);
}

/** The attributes' values by lower-cased name, or null when one is an expression or a spread. */
function literalAttributes(attributes) {
  const values = {};
  for (const attribute of attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || (attribute.value !== null && typeof attribute.value !== 'string')) return null;
    values[attribute.name.toLowerCase()] ??= attribute.value ?? '';
  }
  return values;
}

/** The element's fallback as plain text: the words a reader without scripts or DSD sees. */
const textOf = (node) => (typeof node.value === 'string' ? node.value : (node.children ?? []).map(textOf).join(node.type === 'mdxJsxFlowElement' ? ' ' : ''));

/** `dangerouslySetInnerHTML={{ __html: html }}`, with the estree MDX compiles from. */
function innerHtmlAttribute(html) {
  const literal = { type: 'Literal', value: html, raw: JSON.stringify(html) };
  const property = { type: 'Property', key: { type: 'Identifier', name: '__html' }, value: literal, kind: 'init', method: false, shorthand: false, computed: false };
  const estree = { type: 'Program', sourceType: 'module', comments: [], body: [{ type: 'ExpressionStatement', expression: { type: 'ObjectExpression', properties: [property] } }] };
  return { type: 'mdxJsxAttribute', name: 'dangerouslySetInnerHTML', value: { type: 'mdxJsxAttributeValueExpression', value: `{__html: ${literal.raw}}`, data: { estree } } };
}
