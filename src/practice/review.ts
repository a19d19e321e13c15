import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs';
import type { Review, ReviewEntry, StoredCard } from './review-data.ts';

// 错题本 and the review schedule: one FSRS card per question answered (ts-fsrs decides when it is due again), and
// whether its last answer was wrong. Merged by question id and `updated`, like the study records; a reset clears
// everything answered before it, on every device the backup reaches (review-data.ts).

export * from './review-data.ts';

/** How an answer grades: right, right after a hint, wrong. */
export type Outcome = 'right' | 'hinted' | 'wrong';
const GRADES: Record<Outcome, Grade> = { right: Rating.Good, hinted: Rating.Hard, wrong: Rating.Again };

const scheduler = fsrs();
const stored = (card: Card): StoredCard => JSON.parse(JSON.stringify(card)) as StoredCard;

/** The review after answering one question. */
export function recordAnswer(review: Review, id: string, outcome: Outcome, now: Date): Review {
  const known = review.entries[id]?.card;
  const { card } = scheduler.next(known ?? createEmptyCard(now), now, GRADES[outcome]);
  const entry: ReviewEntry = { card: stored(card), missed: outcome === 'wrong', updated: now.toISOString() };
  return { ...review, entries: { ...review.entries, [id]: entry } };
}

/** The questions due for review at `now`, the longest overdue first. */
export const dueIds = (review: Review, now: Date) =>
  Object.entries(review.entries)
    .filter(([, e]) => Date.parse(e.card.due) <= now.getTime())
    .sort(([, a], [, b]) => Date.parse(a.card.due) - Date.parse(b.card.due))
    .map(([id]) => id);

/** The 错题本: questions whose last answer was wrong, the soonest due first. */
export const missedIds = (review: Review) =>
  Object.entries(review.entries)
    .filter(([, e]) => e.missed)
    .sort(([, a], [, b]) => Date.parse(a.card.due) - Date.parse(b.card.due))
    .map(([id]) => id);
