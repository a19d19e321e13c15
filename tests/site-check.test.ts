import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFolder } from '../src/integrations/site-check.ts';

test('two elements with one id stop the build, naming the page and line', () => {
  const errors = checkFolder('tests/fixtures/site/duplicate-id');
  assert.deepEqual(
    errors.map((e) => e.message),
    ['tests/fixtures/site/duplicate-id/part-2/index.html:5: two elements have the id "p3" (the first on line 4)'],
  );
});

test('a link to a missing fragment or page stops the build, naming the page and line', () => {
  const errors = checkFolder('tests/fixtures/site/broken-link');
  assert.deepEqual(
    errors.map((e) => e.message),
    [
      'tests/fixtures/site/broken-link/index.html:6: the link "#p2" points to #p2, which is not on tests/fixtures/site/broken-link/index.html',
      'tests/fixtures/site/broken-link/index.html:7: the link "part-9/" points to a page that is not in the site',
    ],
  );
});
