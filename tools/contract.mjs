// Writes everything that states the element's contract from its one declaration, CONTRACT in
// crates/element/src/contract.js (attributes, views, events, parts, CSS properties), and from the JS exports
// declared in embed/http-status.d.ts:
// - embed/custom-elements.json, the Custom Elements Manifest;
// - the element's part of embed/http-status.d.ts (between the contract markers);
// - the contract tables in README.md (between the contract markers).
// `node tools/contract.mjs` writes them (`make contract`); with `--check` it changes nothing
// and fails naming each file that is out of date (`make test` runs that). tools/package.mjs uses
// the same functions for the package's framework typings and editor data.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CONTRACT } from '../crates/element/src/contract.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const path = (file) => `${ROOT}${file}`;

/** Plain text for JSON and TypeScript comments: the README's Markdown code marks dropped. */
const plain = (text) => text.replaceAll('`', '').replaceAll('**', '');

const attributeType = (attribute) => (attribute.type === 'boolean' ? 'boolean'
  : attribute.values ? [...(attribute.name === 'view' ? [''] : []), ...attribute.values.map((value) => value.value)].map((value) => `'${value}'`).join(' | ')
    : 'string');

/** `export function lookup(code: number | string): HttpStatusEntry | null;` and its doc comment, from the .d.ts. */
export function jsExports(declarations) {
  const pattern = /\/\*\* ([^*]+?) \*\/\nexport (const|function) (\w+)(?:\(([^)]*)\))?: ([^;]+);/g;
  return [...declarations.matchAll(pattern)].map(([, description, kind, name, parameters, type]) => ({ description, kind, name, parameters, type }));
}

export function manifest(exports) {
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

/** Each attribute as a framework prop: its attribute name and its TypeScript type. */
const props = (indent) => CONTRACT.attributes.map((attribute) => {
  const doc = `${indent}/** ${plain(attribute.description)} */\n`;
  const attributeProp = `${doc}${indent}'${attribute.name}'?: ${attributeType(attribute)};`;
  // Frameworks that set properties (React 19 does when the element has one) take the camelCase name too.
  return attribute.property === attribute.name ? attributeProp : `${attributeProp}\n${doc}${indent}${attribute.property}?: ${attributeType(attribute)};`;
}).join('\n');
const [selectEvent] = CONTRACT.events;

/** React 19: the element in JSX, with its attributes and `onhttp-status-select` (React 19 listens to custom events by name). */
export function reactTypes() {
  return `// <${CONTRACT.tag}> in React 19 JSX. Load it with: import type {} from 'http-status-element/react';
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ${CONTRACT.className}, HttpStatusSelectEvent } from './http-status.js';

type ${CONTRACT.className}Props = DetailedHTMLProps<HTMLAttributes<${CONTRACT.className}>, ${CONTRACT.className}> & {
${props('  ')}
  /** ${plain(selectEvent.description)} */
  'on${selectEvent.name}'?: (event: HttpStatusSelectEvent) => void;
};

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      '${CONTRACT.tag}': ${CONTRACT.className}Props;
    }
  }
}
`;
}

/** Vue 3: the element among the global components, for templates' type checking. */
export function vueTypes() {
  return `// <${CONTRACT.tag}> in Vue templates. Load it with: import type {} from 'http-status-element/vue';
// Vue also needs to be told the tag is a custom element: compilerOptions.isCustomElement.
import type { DefineComponent } from 'vue';
import type { HttpStatusSelectEvent } from './http-status.js';

declare module 'vue' {
  interface GlobalComponents {
    '${CONTRACT.tag}': DefineComponent<{
${props('      ')}
      /** ${plain(selectEvent.description)} */
      'on${selectEvent.name.replace(/(^|-)(\w)/g, (_, dash, letter) => letter.toUpperCase())}'?: (event: HttpStatusSelectEvent) => void;
    }>;
  }
}
`;
}

/** Svelte 5: the element among Svelte's HTML elements. */
export function svelteTypes() {
  return `// <${CONTRACT.tag}> in Svelte. Load it with: import type {} from 'http-status-element/svelte';
import type { HTMLAttributes } from 'svelte/elements';
import type { ${CONTRACT.className}, HttpStatusSelectEvent } from './http-status.js';

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
    '${CONTRACT.tag}': HTMLAttributes<${CONTRACT.className}> & {
${props('      ')}
      /** ${plain(selectEvent.description)} */
      'on${selectEvent.name}'?: (event: HttpStatusSelectEvent) => void;
    };
  }
}
`;
}

/** VS Code's html.customData: the tag and its attributes with their values. */
export function vscodeData() {
  return {
    version: 1.1,
    tags: [{
      name: CONTRACT.tag,
      description: `${CONTRACT.summary} ${CONTRACT.description}`,
      attributes: CONTRACT.attributes.map((attribute) => ({
        name: attribute.name,
        description: plain(attribute.description),
        ...(attribute.type === 'boolean' ? { valueSet: 'v' } : {}),
        ...(attribute.values ? { values: attribute.values.map((value) => ({ name: value.value, description: plain(value.description) })) } : {}),
      })),
    }],
  };
}

/** JetBrains web-types: the element, its attributes, values and events. */
export function webTypes(name, version) {
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name,
    version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: [{
          name: CONTRACT.tag,
          description: `${CONTRACT.summary} ${CONTRACT.description}`,
          attributes: CONTRACT.attributes.map((attribute) => ({
            name: attribute.name,
            description: attribute.description,
            value: attribute.type === 'boolean' ? { type: 'boolean', required: false } : { type: attribute.values ? attribute.values.map((value) => JSON.stringify(value.value)).join(' | ') : 'string', kind: 'plain' },
          })),
          events: CONTRACT.events.map((event) => ({ name: event.name, description: event.description })),
          'css-parts': CONTRACT.parts.map((part) => ({ name: part.name, description: part.description })),
          'css-properties': CONTRACT.cssProperties.map((property) => ({ name: property.name, description: property.description })),
        }],
      },
    },
  };
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

async function main() {
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
    console.error(`Out of date with the contract in crates/element/src/contract.js: ${stale.join(', ')}. Run \`make contract\`.`);
    process.exitCode = 1;
    return;
  }
  console.log(stale.length ? `wrote ${stale.join(', ')}` : 'the contract files are up to date');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
