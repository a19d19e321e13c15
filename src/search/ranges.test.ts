import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nodePieces } from './ranges.ts';

test('a range inside one text node stays one piece', () => {
  assert.deepEqual(nodePieces([10, 20], [[12, 15]]), [{ node: 1, start: 2, end: 5 }]);
});

test('a range across a bold lead sentence and the text after it is split at the node boundary', () => {
  // <strong>一是…。</strong>实现新突破…
  assert.deepEqual(nodePieces([17, 100], [[15, 20]]), [
    { node: 0, start: 15, end: 17 },
    { node: 1, start: 0, end: 3 },
  ]);
});

test('several ranges give pieces in order; empty nodes give none', () => {
  assert.deepEqual(
    nodePieces(
      [0, 5, 5],
      [
        [0, 1],
        [6, 7],
      ],
    ),
    [
      { node: 1, start: 0, end: 1 },
      { node: 2, start: 1, end: 2 },
    ],
  );
});
