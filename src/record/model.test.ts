import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ReadingClock, STILL_FLOOR_MS, timeToRead } from './model.ts';

// Part 二's first paragraphs, by length in characters.
const lengths = new Map([
  ['p2', 100],
  ['p3', 300],
  ['p4', 50],
]);

test('a paragraph on the screen for the time 500 字/分钟 needs is read; a moment less is not', () => {
  assert.equal(timeToRead(100), 12_000);
  const clock = new ReadingClock(lengths, 0);
  clock.shown('p2', true, 0);
  assert.deepEqual(clock.take(11_900).read, []);
  assert.equal(clock.untilNext(), 100);
  assert.deepEqual(clock.take(12_000).read, ['p2']);
  // Read once: staying longer adds time, not the paragraph again.
  const { read, time, times } = clock.take(20_000);
  assert.deepEqual([read, time, [...times]], [[], 8_000, [['p2', 8_000]]]);
});

test('a quick scroll past counts nothing as read', () => {
  const clock = new ReadingClock(lengths, 0);
  let now = 0;
  for (const id of ['p2', 'p3', 'p4']) {
    clock.shown(id, true, now);
    now += 300;
    clock.shown(id, false, now);
  }
  const { read, time } = clock.take(now + 60_000);
  assert.deepEqual(read, []);
  assert.equal(time, 900);
});

test('paragraphs on the screen together share the time: each is read when all of them could have been', () => {
  const clock = new ReadingClock(lengths, 0);
  clock.shown('p2', true, 0);
  clock.shown('p4', true, 0);
  // 150 characters: 18 s for both, not 12 s for p2.
  assert.equal(clock.untilNext(), 18_000);
  const { read, times } = clock.take(18_000);
  assert.deepEqual(read.sort(), ['p2', 'p4']);
  // The time is shared by length: two thirds of it went to p2's 100 characters.
  assert.deepEqual(
    [...times],
    [
      ['p2', 12_000],
      ['p4', 6_000],
    ],
  );
});

test('what was read of a paragraph before it left the screen counts when it comes back', () => {
  const clock = new ReadingClock(lengths, 0);
  clock.shown('p2', true, 0);
  clock.shown('p2', false, 6_000);
  clock.shown('p2', true, 100_000);
  assert.deepEqual(clock.take(105_900).read, []);
  assert.deepEqual(clock.take(106_000).read, ['p2']);
  assert.equal(clock.take(106_000).time, 0);
});

test('a still screen counts no longer than 200 字/分钟 would need (at least a minute), and a hidden page not at all', () => {
  const clock = new ReadingClock(lengths, 0);
  clock.shown('p3', true, 0);
  // 300 characters at 200 字/分钟: 90 s.
  assert.equal(clock.take(600_000).time, 90_000);
  clock.shown('p3', false, 600_000);
  clock.shown('p4', true, 600_000);
  assert.equal(clock.take(600_000 + 10 * STILL_FLOOR_MS).time, STILL_FLOOR_MS);
  clock.hidden(true, 1_300_000);
  assert.equal(clock.take(2_000_000).time, 0);
  assert.equal(clock.untilNext(), undefined);
  clock.hidden(false, 2_000_000);
  assert.equal(clock.take(2_001_000).time, 1_000);
});

test('paragraphs the page does not know are left out', () => {
  const clock = new ReadingClock(lengths, 0);
  clock.shown('p99', true, 0);
  const { read, time } = clock.take(100_000);
  assert.deepEqual([read, time], [[], 0]);
});
