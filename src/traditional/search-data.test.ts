import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fold, foldTable } from '../search/fold.ts';
import { editionSearch } from './search-data.ts';

const target = (id: string, text: string) => ({ id, page: '/part-2/', place: '二、', text });
const convert = (text: string) => text.replace(/营/g, '營').replace(/环/g, '環').replace(/发/g, '發');

test('each target gets its Traditional text and page, and the fold table pairs the characters that differ', () => {
  const { targets, fold: pairs } = editionSearch(
    [target('p1', '营商环境'), target('p2', '发展')],
    convert,
    (p) => `/zh-Hant${p}`,
  );
  assert.deepEqual(targets[0], {
    id: 'p1',
    page: '/zh-Hant/part-2/',
    place: '二、',
    text: '营商环境',
    shown: '營商環境',
  });
  const table = foldTable(pairs);
  assert.equal(fold('營商環境，發展', table), '营商环境，发展');
  assert.equal(fold('营商环境', table), '营商环境');
});

test('a table that could not fold exactly stops the build', () => {
  // One Traditional character for two Simplified ones: a query could not be folded character by character.
  assert.throws(
    () =>
      editionSearch(
        [target('p1', '营'), target('p2', '萤')],
        (t) => t.replace(/[营萤]/g, '營'),
        (p) => p,
      ),
    /營 stands for both 营 and 萤/,
  );
  // A Traditional character that the Simplified text also has would change a Simplified query.
  assert.throws(
    () =>
      editionSearch(
        [target('p1', '干'), target('p2', '幹')],
        (t) => t.replace(/干/g, '幹'),
        (p) => p,
      ),
    /幹 is also a character of the Simplified text/,
  );
});
