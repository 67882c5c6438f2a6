// The pre-rendered table the build ships (`http-status-prerendered.json`) and the one decision
// every plugin makes with it: which markup, if any, goes into an element's shadow-root template.
// The rules are the spec's: view trimmed and lower-cased (absent or empty with a code means a
// card), code trimmed and looked up as written, then lower-cased.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export const TABLE_FILE = 'http-status-prerendered.json';
const PRERENDERED_VIEWS = ['badge', 'card'];

/**
 * The folder of published files: `files` when given, else the `http-status-element` package's
 * dist/ as the site (the working directory) resolves it.
 */
export function filesFolder(files) {
  if (files) return files;
  const require = createRequire(join(process.cwd(), 'package.json'));
  return join(dirname(require.resolve('http-status-element/package.json')), 'dist');
}

const tables = new Map();

/** The table in `folder`, read once per process. */
export function loadTable(folder) {
  if (!tables.has(folder)) tables.set(folder, JSON.parse(readFileSync(join(folder, TABLE_FILE), 'utf8')));
  return tables.get(folder);
}

/** `&`, `"`, `<` and `>` escaped, for an attribute value or text. */
export const escapeHtml = (text) => text.replace(/[&"<>]/g, (character) => `&${{ '&': 'amp', '"': 'quot', '<': 'lt', '>': 'gt' }[character]};`);

/**
 * The shadow-root template for an element with these attribute values (strings, or undefined
 * when absent): `{ template }`, or `{ unknown: code }` for a code the table does not know, or
 * `{}` for an element that is not pre-rendered (another view, no code).
 */
export function templateFor(table, { code, view }, base) {
  const trimmedCode = code?.trim() ?? '';
  const chosenView = view?.trim().toLowerCase() || (trimmedCode ? 'card' : '');
  if (!PRERENDERED_VIEWS.includes(chosenView) || !trimmedCode) return {};
  const id = table.spellings[trimmedCode] ?? table.spellings[trimmedCode.toLowerCase()];
  const markup = id === undefined ? undefined : table.views[chosenView][id];
  if (markup === undefined) return { unknown: trimmedCode };
  const stylesheet = `<link rel="stylesheet" href="${escapeHtml(base + table.stylesheet)}">`;
  return { template: `<template shadowrootmode="open">${stylesheet}${markup}</template>` };
}

/** The build-time warning for a code the table does not know, naming the page. */
export const unknownCodeWarning = (code, page) =>
  `http-status: code "${code}" is not one we know; left for the browser to explain${page ? ` (${page})` : ''}`;
