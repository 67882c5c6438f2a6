// The plugins' look-up against the reference implementation's, for every spelling the table
// holds (as written, lower- and upper-cased, padded) in both pre-rendered views, and for the
// elements neither pre-renders.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadTable, templateFor } from '../src/table.mjs';
import { BASE, DIST, referenceTemplate } from './reference.mjs';

const table = loadTable(DIST);

test('every spelling, in both views, gives the reference template', () => {
  let compared = 0;
  for (const spelling of Object.keys(table.spellings)) {
    for (const code of [spelling, spelling.toLowerCase(), ` ${spelling.toUpperCase()} `]) {
      if (table.spellings[code.trim()] === undefined && table.spellings[code.trim().toLowerCase()] === undefined) continue;
      for (const view of ['badge', ' Card ', undefined]) {
        assert.equal(templateFor(table, { code, view }, BASE).template, referenceTemplate({ code, view }), `${code} ${view}`);
        compared++;
      }
    }
  }
  assert.ok(compared > 1000, `${compared} compared`);
});

test('other views, no code and unknown codes are not pre-rendered', () => {
  assert.deepEqual(templateFor(table, { view: 'browser' }, BASE), {});
  assert.deepEqual(templateFor(table, { code: '404', view: 'explainer' }, BASE), {});
  assert.deepEqual(templateFor(table, { code: '  ' }, BASE), {});
  assert.deepEqual(templateFor(table, { code: ' 4044 ', view: 'badge' }, BASE), { unknown: '4044' });
});
