import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runInNewContext } from 'node:vm';
import { PREFERENCE_KEYS, prePaintScript } from './preferences.ts';

/** Runs the pre-paint script against a stand-in for localStorage and <html>, returning the attributes it set. */
function run(stored: Record<string, string>, storage = true) {
  const set: Record<string, string> = {};
  const localStorage = {
    getItem: (key: string) => {
      if (!storage) throw new Error('storage is off');
      return stored[key] ?? null;
    },
  };
  const document = { documentElement: { setAttribute: (name: string, value: string) => (set[name] = value) } };
  runInNewContext(prePaintScript(), { localStorage, document });
  return set;
}

test('every saved choice reaches <html> as its data- attribute before the first paint', () => {
  const stored = { theme: 'blue-yellow', 'text-size': 'larger', care: 'on', cursor: 'on', guide: 'on' };
  assert.deepEqual(run(stored), {
    'data-theme': 'blue-yellow',
    'data-text-size': 'larger',
    'data-care': 'on',
    'data-cursor': 'on',
    'data-guide': 'on',
  });
  assert.deepEqual(Object.keys(stored).sort(), Object.values(PREFERENCE_KEYS).sort(), 'the keys the settings save');
});

test('nothing saved, or storage turned off, leaves the page at its defaults without an error', () => {
  assert.deepEqual(run({}), {});
  assert.deepEqual(run({ theme: 'dark' }, false), {});
});
