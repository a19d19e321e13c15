import { REVIEW_KEY } from '../keys.ts';
import { mergeReview, readReview, type Review } from '../review-data.ts';
import { text } from './text.ts';

// 自测's review schedule in 摘抄本's JSON backup (docs/study-backup.md, version 2): read from and merged into this
// browser's storage by the backup's download and import.

/** The review schedule stored on this device, or undefined when there is none or it cannot be read. */
export function storedReview(): Review | undefined {
  try {
    const text = localStorage.getItem(REVIEW_KEY);
    return text ? readReview(JSON.parse(text)) : undefined;
  } catch {
    return undefined;
  }
}

/** Merges an imported schedule into the stored one; false when storage refused the write. */
export function importReview(review: Review): boolean {
  try {
    localStorage.setItem(REVIEW_KEY, JSON.stringify(mergeReview(storedReview() ?? review, review)));
    return true;
  } catch {
    return false;
  }
}

/** What the import says when a backup brought a review schedule. */
export const reviewMerged = () => text('backup.merged');
