import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runInNewContext } from 'node:vm';
import { PREFERENCE_KEYS, prePaintScript } from './preferences.ts';

/** Runs the pre-paint script against a stand-in for localStorage and <html>, returning the attributes it set. */
function run(stored: Record<string, string>, storage = true) {
  const set: Record<string, string> = {};
  // Storage read as the script reads it, by property; turned off, reading it throws (Safari with storage blocked).
  const localStorage = new Proxy(stored, {
    get: (target, key: string) => {
      if (!storage) throw new Error('storage is off');
      return target[key];
    },
  });
  const dataset = new Proxy(
    {},
    { set: (_, key: string, value: string) => ((set[`data-${key}`] = value), true), get: () => undefined },
  );
  const document = {
    documentElement: { setAttribute: (name: string, value: string) => (set[name] = value), dataset },
  };
  runInNewContext(prePaintScript(), { localStorage, document });
  return set;
}

test('every saved choice reaches <html> as its data- attribute before the first paint', () => {
  const stored = { theme: 'blue-yellow', 'text-size': 'larger', care: 'on', cursor: 'on', guide: 'on' };
  assert.deepEqual(run(stored), {
    'data-js': '',
    'data-theme': 'blue-yellow',
    'data-text-size': 'larger',
    'data-care': 'on',
    'data-cursor': 'on',
    'data-guide': 'on',
  });
  assert.deepEqual(Object.keys(stored).sort(), Object.values(PREFERENCE_KEYS).sort(), 'the keys the settings save');
});

test('nothing saved, or storage turned off, leaves the page at its defaults without an error', () => {
  assert.deepEqual(run({}), { 'data-js': '' });
  assert.deepEqual(run({ theme: 'dark' }, false), { 'data-js': '' }, 'scripts still run: the controls are shown');
});
