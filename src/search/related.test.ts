import { test } from 'node:test';
import assert from 'node:assert/strict';
import { relatedBlocks } from './related.ts';

const page = {
  anchors: [
    { id: 'part-2', location: 0 },
    { id: 'p2', location: 20 },
    { id: '2-r1', location: 100 },
    { id: 'p3', location: 100 },
    { id: 'p4', location: 200 },
  ],
  locations: [5, 25, 30, 120, 210, 220, 230],
};
const searchable = new Set(['part-2', 'p2', 'p3', 'p4']);

test('word matches are counted per block and the block with most matches comes first', () => {
  assert.deepEqual(relatedBlocks([page], searchable, new Set()), ['p4', 'p2', 'part-2', 'p3']);
});

test('blocks found literally and anchors that are not blocks are left out', () => {
  assert.deepEqual(relatedBlocks([page], searchable, new Set(['p4'])), ['p2', 'part-2', 'p3']);
  assert.ok(!relatedBlocks([page], searchable, new Set()).includes('2-r1'));
});

test('at most `limit` blocks are returned', () => {
  assert.equal(relatedBlocks([page], searchable, new Set(), 2).length, 2);
});
