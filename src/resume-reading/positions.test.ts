import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forget, latest, positionOn, readPositions, remember, REMEMBERED } from './positions.ts';

const at = (path: string, paragraph: string) => ({ path, paragraph, label: `（第${paragraph.slice(1)}段）` });

test('reading on a page replaces that page’s position and makes it the latest', () => {
  let positions = remember([], at('/part-2/', 'p18'));
  positions = remember(positions, at('/full/', 'p30'));
  positions = remember(positions, at('/part-2/', 'p20'));
  assert.deepEqual(positions, [at('/full/', 'p30'), at('/part-2/', 'p20')]);
  assert.deepEqual(latest(positions), at('/part-2/', 'p20'));
  assert.deepEqual(positionOn(positions, '/full/'), at('/full/', 'p30'));
});

test('a dismissed page is forgotten, the others kept', () => {
  const positions = [at('/full/', 'p30'), at('/part-2/', 'p20')];
  assert.deepEqual(forget(positions, '/part-2/'), [at('/full/', 'p30')]);
  assert.equal(positionOn(forget(positions, '/part-2/'), '/part-2/'), undefined);
});

test('only the latest pages are remembered', () => {
  let positions = readPositions(null);
  for (let n = 1; n <= REMEMBERED + 5; n++) positions = remember(positions, at(`/page-${n}/`, 'p2'));
  assert.equal(positions.length, REMEMBERED);
  assert.equal(positions[0]?.path, '/page-6/');
});

test('unreadable storage gives no position rather than an error', () => {
  assert.deepEqual(readPositions('{not json'), []);
  assert.deepEqual(readPositions('{"path":"/"}'), []);
  assert.deepEqual(readPositions(JSON.stringify([at('/part-2/', 'p20'), { path: 1 }])), [at('/part-2/', 'p20')]);
});
