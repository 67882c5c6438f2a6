// Elements found in raw HTML the way the HTML parser finds them: any case, quoted values holding
// `>`, entities in values, self-closing tags, and no end tag in the string.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributeValues, replaceElements } from '../src/html.mjs';

const found = (html) => {
  const elements = [];
  replaceElements(html, (element) => {
    elements.push(element);
    return null;
  });
  return elements;
};

test('attribute values are read as HTML reads them', () => {
  assert.deepEqual(attributeValues(` CODE='4&#48;4' view=badge title="a > b" link-hash code="500"`), { code: '404', view: 'badge', title: 'a > b', 'link-hash': '' });
  assert.deepEqual(attributeValues(' code="&amp;&quot;&lt;&#x41;&bogus;"'), { code: '&"<A&bogus;' });
});

test('elements are found with their attributes as written and what they hold', () => {
  assert.deepEqual(found('<p><HTTP-STATUS code="404" title="a > b">404 <b>Not</b></Http-Status> <http-status code=429 /> <http-status-other></http-status-other> <http-status view="badge" code="1">'), [
    { attributes: ' code="404" title="a > b"', values: { code: '404', title: 'a > b' }, inner: '404 <b>Not</b>', selfClosing: false },
    { attributes: ' code=429', values: { code: '429' }, inner: '', selfClosing: true },
    { attributes: ' view="badge" code="1"', values: { view: 'badge', code: '1' }, inner: undefined, selfClosing: false },
  ]);
});

test('what a replacement does not touch stays as written', () => {
  const html = 'a <http-status code="404">x</http-status> b <http-status code="500">y</http-status> c';
  assert.equal(replaceElements(html, ({ values }) => (values.code === '500' ? '[500]' : null)), 'a <http-status code="404">x</http-status> b [500] c');
});
