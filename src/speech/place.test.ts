import { test } from 'node:test';
import assert from 'node:assert/strict';
import { paragraphNumber, placeOf } from './place.ts';

test('an address names its place in the speech: part, section, item and relationship', () => {
  assert.equal(placeOf('part-2'), '二、');
  assert.equal(placeOf('2-1'), '二、第一');
  assert.equal(placeOf('2-1-3'), '二、第一，三是');
  assert.equal(placeOf('3-10-10'), '三、第十，十是');
  assert.equal(placeOf('2-r1'), '二、一是');
});

test('an address that is not a block of the outline has no place', () => {
  for (const id of ['', 'p12', 'main', 'part-', '2-', '2-r', 'x2-1', '2-1-3-4']) assert.equal(placeOf(id), '', id);
});

test('a paragraph address gives its number', () => {
  assert.equal(paragraphNumber('p12'), 12);
});
