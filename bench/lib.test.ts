import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gunzipSync, gzipSync } from 'node:zlib';
import { envCount, formatBytes, formatMs, formatTable, gzipSize, kindOf, median, weigh } from './lib.ts';

test('a timing is the median of its runs, so one slow run does not move it', () => {
  assert.equal(median([5, 1, 900]), 5);
  assert.equal(median([4, 1, 3, 2]), 2.5);
  assert.ok(Number.isNaN(median([])));
});

test('gzip size is the length of what zlib writes for the body', () => {
  const text = '实现新突破，要牢牢把握高质量发展这个首要任务。'.repeat(20);
  assert.equal(gzipSize(text), gzipSync(text).length);
  assert.ok(gzipSize(text) < Buffer.byteLength(text));
  assert.equal(gunzipSync(gzipSync(text)).toString(), text);
});

test('bytes and times read as a person would write them', () => {
  assert.equal(formatBytes(987), '987 B');
  assert.equal(formatBytes(8800), '8.8 KB');
  assert.equal(formatBytes(1_234_567), '1.23 MB');
  assert.equal(formatMs(56.7), '57 ms');
  assert.equal(formatMs(2400), '2.40 s');
  assert.equal(formatBytes(NaN), '–');
});

test('table columns line up, counting a Han character as two columns', () => {
  const table = formatTable(
    ['page', 'bytes'],
    [
      ['/', '1 KB'],
      ['二', '22 KB'],
    ],
  ).split('\n');
  assert.deepEqual(table, ['page  bytes', '----  -----', '/     1 KB', '二    22 KB']);
});

test('responses are grouped as html, css, js and other, and summed', () => {
  assert.deepEqual(['document', 'stylesheet', 'script', 'fetch', 'image'].map(kindOf), [
    'html',
    'css',
    'js',
    'other',
    'other',
  ]);
  const transfers = [
    { url: '/', kind: 'html' as const, raw: 100, gzip: 40 },
    { url: '/a.js', kind: 'js' as const, raw: 50, gzip: 30 },
    { url: '/b.js', kind: 'js' as const, raw: 10, gzip: 9 },
  ];
  assert.deepEqual(weigh(transfers, 'js'), { count: 2, raw: 60, gzip: 39 });
  assert.deepEqual(weigh(transfers), { count: 3, raw: 160, gzip: 79 });
});

test('a run count from the environment must be a positive whole number', () => {
  assert.equal(envCount('3', 5), 3);
  assert.equal(envCount(undefined, 5), 5);
  assert.equal(envCount('0', 5), 5);
  assert.equal(envCount('x', 5), 5);
});
