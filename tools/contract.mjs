// Writes everything that states the element's contract from its one declaration, CONTRACT in
// src/element.js (attributes, views, events, parts, CSS properties), and from the JS exports
// declared in embed/http-status.d.ts:
// - embed/custom-elements.json, the Custom Elements Manifest;
// - the element's part of embed/http-status.d.ts (between the contract markers);
// - the contract tables in README.md (between the contract markers).
// `node tools/contract.mjs` writes them (`make contract`); with `--check` it changes nothing
// and fails naming each file that is out of date (`make test` runs that).
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { CONTRACT } from '../src/element.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const path = (file) => `${ROOT}${file}`;

/** Plain text for JSON and TypeScript comments: the README's Markdown code marks dropped. */
const plain = (text) => text.replaceAll('`', '').replaceAll('**', '');

const attributeType = (attribute) => (attribute.type === 'boolean' ? 'boolean'
  : attribute.values ? [...(attribute.name === 'view' ? [''] : []), ...attribute.values.map((value) => value.value)].map((value) => `'${value}'`).join(' | ')
    : 'string');

/** `export function lookup(code: number | string): HttpStatusEntry | null;` and its doc comment, from the .d.ts. */
function jsExports(declarations) {
  const pattern = /\/\*\* ([^*]+?) \*\/\nexport (const|function) (\w+)(?:\(([^)]*)\))?: ([^;]+);/g;
  return [...declarations.matchAll(pattern)].map(([, description, kind, name, parameters, type]) => ({ description, kind, name, parameters, type }));
}

function manifest(exports) {
  const attributes = CONTRACT.attributes.map((attribute) => ({
    name: attribute.name,
    fieldName: attribute.property,
    type: { text: attributeType(attribute) },
    default: JSON.stringify(attribute.default),
    description: plain(attribute.description),
  }));
  return {
    schemaVersion: '2.1.0',
    readme: 'README.md',
    modules: [{
      kind: 'javascript-module',
      path: 'http-status.js',
      declarations: [
        {
          kind: 'class',
          name: CONTRACT.className,
          tagName: CONTRACT.tag,
          customElement: true,
          summary: CONTRACT.summary,
          description: CONTRACT.description,
          attributes,
          members: attributes.map((attribute) => ({
            kind: 'field', name: attribute.fieldName, attribute: attribute.name, reflects: true, type: attribute.type, default: attribute.default, description: attribute.description,
          })),
          events: CONTRACT.events.map((event) => ({ name: event.name, type: { text: `CustomEvent<${event.detail}>` }, description: plain(event.description) })),
          cssParts: CONTRACT.parts.map((part) => ({ name: part.name, description: `${part.description}.` })),
          cssProperties: CONTRACT.cssProperties.map((property) => ({ name: property.name, description: `${property.description}.`, default: plain(property.default) })),
        },
        ...exports.map((entry) => (entry.kind === 'const'
          ? { kind: 'variable', name: entry.name, type: { text: entry.type }, description: plain(entry.description) }
          : {
            kind: 'function',
            name: entry.name,
            parameters: entry.parameters.split(', ').filter(Boolean).map((parameter) => {
              const [, name, optional, type] = parameter.match(/^(\w+)(\??): (.+)$/);
              return { name, optional: optional === '?', type: { text: type } };
            }),
            return: { type: { text: entry.type } },
            description: plain(entry.description),
          })),
      ],
      exports: [
        { kind: 'custom-element-definition', name: CONTRACT.tag, declaration: { name: CONTRACT.className, module: 'http-status.js' } },
        ...exports.map((entry) => ({ kind: 'js', name: entry.name, declaration: { name: entry.name, module: 'http-status.js' } })),
      ],
    }],
  };
}

function typescript() {
  const properties = CONTRACT.attributes.map((attribute) => `  /** ${plain(attribute.description)} */\n  ${attribute.property}: ${attributeType(attribute)};`);
  const [event] = CONTRACT.events;
  return [
    `export interface ${CONTRACT.className} extends HTMLElement {`,
    ...properties,
    '}',
    '',
    `/** ${plain(event.description)} */`,
    `export interface HttpStatusSelectEvent extends CustomEvent<${event.detail}> {}`,
    '',
    'declare global {',
    '  interface HTMLElementTagNameMap {',
    `    '${CONTRACT.tag}': ${CONTRACT.className};`,
    '  }',
    '  interface HTMLElementEventMap {',
    `    '${event.name}': HttpStatusSelectEvent;`,
    '  }',
    '}',
  ].join('\n');
}

const table = (header, rows) => [`| ${header.join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
const code = (text) => `\`${text}\``;
const cell = (text) => text.replaceAll('|', '\\|');

function readmeTables(exports) {
  return {
    attributes: table(['Attribute', 'Property', 'Values', 'Default'], CONTRACT.attributes.map((attribute) => [
      code(attribute.name),
      code(attribute.property),
      attribute.type === 'boolean' ? `Boolean. ${attribute.description}`
        : attribute.values ? `${attribute.values.map((value) => code(value.value)).join(', ')}. ${attribute.description}` : attribute.description,
      attribute.defaultText,
    ])),
    views: table(['View', 'What it shows'], CONTRACT.attributes.find((attribute) => attribute.name === 'view').values.map((value) => [code(value.value), value.description])),
    themes: table(['Theme', 'Colour scheme'], CONTRACT.attributes.find((attribute) => attribute.name === 'theme').values.map((value) => [code(value.value), value.description])),
    events: table(['Event', 'When', '`detail`'], CONTRACT.events.map((event) => [code(event.name), event.description, code(event.detail)])),
    parts: table(['Part', 'Element'], CONTRACT.parts.map((part) => [code(part.name), part.description])),
    'css-properties': table(['Property', 'Purpose', 'Default'], CONTRACT.cssProperties.map((property) => [code(property.name), property.description, property.default])),
    exports: table(['Export', 'Type', 'What it does'], exports.map((entry) => [
      code(entry.kind === 'function' ? `${entry.name}(${entry.parameters.split(', ').filter(Boolean).map((parameter) => parameter.split(':')[0]).join(', ')})` : entry.name),
      code(cell(entry.kind === 'function' ? `(${entry.parameters.split(', ').filter(Boolean).map((parameter) => parameter.split(': ')[1] + (parameter.includes('?:') ? '?' : '')).join(', ')}) => ${entry.type}` : entry.type)),
      entry.description,
    ])),
  };
}

/** Replaces what lies between `<!-- contract:NAME -->` and `<!-- /contract:NAME -->`, or `// contract:start` … `// contract:end`. */
function between(text, start, end, content, file) {
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`${file} has no ${start} … ${end} markers`);
  return `${text.slice(0, from + start.length)}\n${content}\n${text.slice(to)}`;
}

const check = process.argv.includes('--check');
const declarationsFile = 'embed/http-status.d.ts';
const declarations = await readFile(path(declarationsFile), 'utf8');
const exports = jsExports(declarations);
if (exports.length < 4) throw new Error(`${declarationsFile}: expected the documented JS exports, found ${exports.map((entry) => entry.name).join(', ')}`);

let readme = await readFile(path('README.md'), 'utf8');
for (const [name, content] of Object.entries(readmeTables(exports))) readme = between(readme, `<!-- contract:${name} -->`, `<!-- /contract:${name} -->`, content, 'README.md');

const outputs = {
  'embed/custom-elements.json': `${JSON.stringify(manifest(exports), null, 2)}\n`,
  [declarationsFile]: between(declarations, '// contract:start', '// contract:end', typescript(), declarationsFile),
  'README.md': readme,
};

const stale = [];
for (const [file, content] of Object.entries(outputs)) {
  const current = await readFile(path(file), 'utf8').catch(() => '');
  if (current === content) continue;
  stale.push(file);
  if (!check) await writeFile(path(file), content);
}
if (check && stale.length) {
  console.error(`Out of date with the contract in src/element.js: ${stale.join(', ')}. Run \`make contract\`.`);
  process.exit(1);
}
console.log(stale.length ? `wrote ${stale.join(', ')}` : 'the contract files are up to date');
