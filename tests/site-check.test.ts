import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFolder } from '../src/integrations/site-check.ts';

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
