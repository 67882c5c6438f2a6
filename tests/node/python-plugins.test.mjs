// The Python packages (plugins/python/, installed from their wheels into tests/sites/.venv by
// `make python-plugins`) write what the Node reference writes (dist/http-status-prerender.js),
// from the table their wheel carries: the same bytes for a badge, a card, a vendor's entry, an
// unknown code and a base that needs escaping, element by element and over a whole fragment.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PYTHON = join(ROOT, 'tests/sites/.venv/bin/python');
const { prerender, prerenderElement } = await import(join(ROOT, 'dist/http-status-prerender.js'));
const table = JSON.parse(await readFile(join(ROOT, 'dist/http-status-prerendered.json'), 'utf8'));

/** Runs `script` in the venv's Python with `input` as JSON on stdin; its stdout read as JSON. */
const python = (script, input) => JSON.parse(execFileSync(PYTHON, ['-c', script], { input: JSON.stringify(input), encoding: 'utf8' }));

// A number that names another vendor's entry than its own spelling (as 499 names nginx's).
const vendor = Object.entries(table.spellings).find(([spelling, id]) => spelling !== id && /^\d+$/.test(spelling));
const CASES = [
  { code: '429', view: 'badge', base: '/http-status/' },
  { code: ' 404 ', view: null, base: '../_static/http-status/' },
  { code: vendor[0], view: 'Card', base: '' },
  { code: vendor[1].toUpperCase(), view: 'badge', base: '/docs & "more"/' },
  { code: 'abc', view: 'card', base: '/' },
  { code: '404', view: 'explainer', base: '/' },
];

test('the Python package carries the table of this build', () => {
  const carried = python('import json; from http_status_element import packaged_table; print(json.dumps(packaged_table().version))', null);
  assert.equal(carried, table.version, 'run `make python-plugins` after `make dist`');
});

test('an element: the same shadow root as the Node reference, or none where it writes none', () => {
  const written = python(`
import json, sys
from http_status_element import requested_view, shadow_root
print(json.dumps([shadow_root(case["code"], requested_view(case), case["base"]) for case in json.load(sys.stdin)]))`, CASES);
  const reference = CASES.map(({ code, view, base }) => prerenderElement({ code, view }, { base })?.template ?? null);
  assert.deepEqual(written, reference);
  assert.equal(reference.filter(Boolean).length, 4, 'four of the cases are pre-rendered');
});

test('a fragment: the same HTML and the same unknown codes as the Node reference', () => {
  const html = [
    '<p>Too fast? <http-status code="429" view="badge">429 Too Many Requests</http-status>.</p>',
    `<http-status code='${vendor[0]}' class="wide">\n${vendor[0]}\n</http-status>`,
    '<http-status code="abc">abc</http-status><http-status view="browser" link-hash></http-status>',
    '<http-status code="404"/><p>after</p>',
  ].join('\n');
  const base = '../http-status/';
  const written = python(`
import json, sys
from http_status_element import prerender
page = json.load(sys.stdin)
unknown = []
print(json.dumps({"html": prerender(page["html"], page["base"], on_unknown=unknown.append), "unknownCodes": unknown}))`, { html, base });
  const reference = prerender(html, { base });
  assert.deepEqual(written, reference);
  assert.deepEqual(reference.unknownCodes, ['abc']);
  assert.equal(prerender(reference.html, { base }).html, reference.html, 'twice is once');
});
