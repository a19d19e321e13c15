import type { CardInput } from 'ts-fsrs';

// 错题本 and the review schedule as data: what localStorage and the backup hold, how two copies merge, and how a
// stored or imported copy is checked. Apart from review.ts so that 摘抄本's backup carries it without ts-fsrs.

/** A card as JSON stores it (dates as ISO strings). */
export type StoredCard = Omit<CardInput, 'due' | 'last_review'> & { due: string; last_review?: string };

export interface ReviewEntry {
  card: StoredCard;
  /** The last answer was wrong: the question is in the 错题本. */
  missed: boolean;
  updated: string;
}

export interface Review {
  /** When the reader last reset the schedule ('' never); entries older than this are gone. */
  reset: string;
  entries: Record<string, ReviewEntry>;
}

export const emptyReview = (): Review => ({ reset: '', entries: {} });

/** Two reviews as one: the later reset, and of each question the later entry, dropping what the reset cleared. */
export function mergeReview(a: Review, b: Review): Review {
  const reset = a.reset > b.reset ? a.reset : b.reset;
  const entries: Record<string, ReviewEntry> = {};
  for (const [id, entry] of [...Object.entries(a.entries), ...Object.entries(b.entries)]) {
    if (entry.updated <= reset) continue;
    const known = entries[id];
    if (!known || entry.updated > known.updated) entries[id] = entry;
  }
  return { reset, entries };
}

/** Why stored or imported review data was refused. */
export class ReviewError extends Error {}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isDate = (v: unknown): v is string => typeof v === 'string' && !Number.isNaN(Date.parse(v));
const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const NUMBERS = [
  'stability',
  'difficulty',
  'elapsed_days',
  'scheduled_days',
  'learning_steps',
  'reps',
  'lapses',
  'state',
];

function readEntry(id: string, value: unknown): ReviewEntry {
  const bad = () => new ReviewError(`复习记录中“${id}”一条有误，文件未导入。`);
  if (!isObject(value) || !isDate(value.updated) || typeof value.missed !== 'boolean') throw bad();
  const card = value.card;
  if (!isObject(card) || !isDate(card.due) || !NUMBERS.every((n) => isNumber(card[n]))) throw bad();
  if (card.last_review !== undefined && !isDate(card.last_review)) throw bad();
  const number = (key: (typeof NUMBERS)[number]) => card[key] as number;
  const stored: StoredCard = {
    due: card.due,
    ...(card.last_review !== undefined && { last_review: card.last_review }),
    stability: number('stability'),
    difficulty: number('difficulty'),
    elapsed_days: number('elapsed_days'),
    scheduled_days: number('scheduled_days'),
    learning_steps: number('learning_steps'),
    reps: number('reps'),
    lapses: number('lapses'),
    state: number('state'),
  };
  return { card: stored, missed: value.missed, updated: value.updated };
}

/** Review data read from storage or a backup; throws a ReviewError naming what is wrong, and reads nothing in part. */
export function readReview(data: unknown): Review {
  if (!isObject(data) || !isObject(data.entries) || (data.reset !== '' && !isDate(data.reset)))
    throw new ReviewError('复习记录的格式不对，文件未导入。');
  const entries: Record<string, ReviewEntry> = {};
  for (const [id, value] of Object.entries(data.entries)) entries[id] = readEntry(id, value);
  return { reset: data.reset as string, entries };
}
