import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readMetadata } from '../src/speech/metadata.ts';

const read = (file: string) => readMetadata(file, readFileSync(file, 'utf8'));

test('a date written in words in the metadata file stops the build, naming the file and line', () => {
  const file = 'tests/fixtures/metadata/wrong-date.yaml';
  assert.throws(() => read(file), {
    message: `${file}:2: "date" is wrong: write a date as YYYY-MM-DD, e.g. 2024-01-05`,
  });
});

test('a field the metadata schema does not know stops the build, naming the file and line', () => {
  const file = 'tests/fixtures/metadata/unknown-field.yaml';
  assert.throws(
    () => read(file),
    (error: Error) => error.message.startsWith(`${file}:2: "author" is wrong`),
  );
});

test('every field of the metadata file is optional: the shipped file, all comments, gives no fact', () => {
  assert.deepEqual(read('content/metadata.yaml'), {});
});

test('a complete metadata file is read field by field, pages as text', () => {
  const metadata = read('tests/fixtures/metadata/complete.yaml');
  assert.equal(metadata.speaker, '某某');
  assert.equal(metadata.page, '1, 3');
  assert.equal(metadata.publisherCity, '沈阳');
  assert.equal(metadata.updated, '2024-02-01');
});
