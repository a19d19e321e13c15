import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dueIds, emptyReview, mergeReview, missedIds, readReview, recordAnswer, ReviewError } from './review.ts';

const day = (n: number) => new Date(Date.UTC(2026, 11, 1 + n, 9));

test('a missed question is in the 错题本 and due again before one answered right; answering it right takes it out', () => {
  let review = emptyReview();
  review = recordAnswer(review, 'a', 'wrong', day(0));
  review = recordAnswer(review, 'b', 'right', day(0));
  assert.deepEqual(missedIds(review), ['a']);
  assert.deepEqual(
    dueIds(review, day(1)),
    ['a', 'b'].filter((id) => Date.parse(review.entries[id]!.card.due) <= day(1).getTime()),
  );
  assert.ok(Date.parse(review.entries.a!.card.due) < Date.parse(review.entries.b!.card.due));
  review = recordAnswer(review, 'a', 'right', day(1));
  assert.deepEqual(missedIds(review), []);
});

test('two devices merge by question and date; a reset clears what was answered before it', () => {
  const a = recordAnswer(emptyReview(), 'q1', 'wrong', day(0));
  const b = recordAnswer(emptyReview(), 'q1', 'right', day(1));
  assert.equal(mergeReview(a, b).entries.q1!.missed, false);
  assert.equal(mergeReview(b, a).entries.q1!.missed, false);
  const reset = { reset: day(2).toISOString(), entries: {} };
  const later = recordAnswer(emptyReview(), 'q2', 'wrong', day(3));
  assert.deepEqual(Object.keys(mergeReview(mergeReview(b, reset), later).entries), ['q2']);
});

test('stored review data reads back, through JSON, as it was; a damaged entry is refused with its id', () => {
  const review = recordAnswer(emptyReview(), 'q1', 'hinted', day(0));
  assert.deepEqual(readReview(JSON.parse(JSON.stringify(review))), review);
  const bad = JSON.parse(JSON.stringify(review));
  bad.entries.q1.card.due = 'soon';
  assert.throws(
    () => readReview(bad),
    (e: unknown) => e instanceof ReviewError && /q1/.test(e.message),
  );
  assert.throws(() => readReview([]), ReviewError);
});
