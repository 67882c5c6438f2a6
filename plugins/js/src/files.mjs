// The published files a site serves next to its pages: every file a page may load, the shadow
// roots' stylesheet among them (the build's own list, http-status-files.json), and the page
// stylesheet.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Names of the files in `folder` that a site publishes. */
export function publishedFiles(folder) {
  const { parts } = JSON.parse(readFileSync(join(folder, 'http-status-files.json'), 'utf8'));
  return [...Object.values(parts).flat(), 'http-status.css'];
}

/** Copies the published files from `folder` into `destination`. */
export function copyPublished(folder, destination) {
  mkdirSync(destination, { recursive: true });
  for (const name of publishedFiles(folder)) copyFileSync(join(folder, name), join(destination, name));
}

/** The head tags the README's recipe asks for, as [tag, attributes] pairs. */
export const headTags = (base) => [
  ['link', { rel: 'stylesheet', href: `${base}http-status.css` }],
  ['script', { type: 'module', src: `${base}http-status.js` }],
];

/** Content types of the published files, for dev servers. */
export const CONTENT_TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};
