import { test } from 'node:test';
import assert from 'node:assert/strict';
import { foldTable } from '../search/fold.ts';
import { accepts } from './answer.ts';

// The speech's own table folds 營→营 and 環→环 (the build writes it from the proved conversion).
const table = foldTable('營营環环');

test('填空 accepts 营商环境 / 營商環境 / full-width and spaced variants and refuses a different word', () => {
  for (const typed of ['营商环境', '營商環境', '营商環境', ' 营商 环境 '])
    assert.ok(accepts(typed, '营商环境', table), typed);
  assert.ok(accepts('营商环境', '營商環境', table), 'a Simplified answer on a Traditional page');
  assert.ok(accepts('１０', '10', table));
  for (const typed of ['营商', '营商环境好', '投资环境', '', '十'])
    assert.ok(!accepts(typed, typed === '十' ? '10' : '营商环境', table), typed);
});
