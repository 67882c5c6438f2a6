// markdown-it plugin: pre-renders `<http-status>` badges and cards written as HTML in Markdown.
// An inline element is split by markdown-it into its start tag, the fallback's tokens and its
// end tag; they are joined back into one HTML token first, so the whole element is rewritten.
import { htmlPrerenderer } from './prerender-html.mjs';

const START = /^<http-status[\s/>]/i;
const END = /^<\/http-status\s*>$/i;

/**
 * `md.use(httpStatus, { files, base, vue, warn })` (see htmlPrerenderer). The page named in
 * warnings is `env.relativePath` (VitePress) or `env.page`, when the caller passes one.
 */
export default function httpStatus(md, options = {}) {
  const prerender = htmlPrerenderer(options);
  md.core.ruler.push('http_status', (state) => {
    const page = state.env?.relativePath ?? state.env?.page;
    for (const token of state.tokens) {
      // VitePress makes a line holding a whole element a top-level html_inline token.
      if (token.type === 'html_block' || token.type === 'html_inline') token.content = prerender(token.content, page);
      if (token.type !== 'inline') continue;
      token.children = joinInlineElements(token.children, md, state.env);
      for (const child of token.children) if (child.type === 'html_inline') child.content = prerender(child.content, page);
    }
  });
}

/** Children with each `<http-status>…</http-status>` run made one html_inline token. */
function joinInlineElements(children, md, env) {
  const joined = [];
  for (let index = 0; index < children.length; index++) {
    const child = children[index];
    const end = child.type === 'html_inline' && START.test(child.content) && !child.content.endsWith('/>')
      ? children.findIndex((other, at) => at > index && other.type === 'html_inline' && END.test(other.content))
      : -1;
    if (end === -1) {
      joined.push(child);
      continue;
    }
    const fallback = md.renderer.renderInline(children.slice(index + 1, end), md.options, env);
    child.content += fallback + children[end].content;
    joined.push(child);
    index = end;
  }
  return joined;
}
