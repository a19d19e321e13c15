import { REVIEW_KEY } from '../keys.ts';
import { emptyReview, mergeReview, readReview, type Review } from '../review-data.ts';

// The review schedule in this browser's localStorage. Every write reads what is stored and merges first, and a
// change made in another tab (the `storage` event) is merged in: two tabs never drop each other's answers.

const read = (): Review => {
  const text = localStorage.getItem(REVIEW_KEY);
  return text ? readReview(JSON.parse(text)) : emptyReview();
};

export class ReviewStore {
  review = emptyReview();
  /** Why the last read or write failed, or '' when it worked. */
  failure = '';

  constructor(onChange: () => void) {
    try {
      this.review = read();
    } catch (error) {
      this.failure = String(error);
    }
    addEventListener('storage', (event) => {
      if (event.key !== REVIEW_KEY) return;
      try {
        this.review = mergeReview(this.review, read());
      } catch {
        return;
      }
      onChange();
    });
  }

  /** Applies a change and writes it; true if it reached storage, false if it is only in this page. */
  save(change: (review: Review) => Review): boolean {
    this.review = change(this.review);
    try {
      this.review = mergeReview(read(), this.review);
      localStorage.setItem(REVIEW_KEY, JSON.stringify(this.review));
      this.failure = '';
      return true;
    } catch (error) {
      this.failure = String(error);
      return false;
    }
  }
}
