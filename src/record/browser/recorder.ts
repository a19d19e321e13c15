// Follows the reading on a page of the speech for 学习记录: one IntersectionObserver on the paragraphs (no scroll
// handler, no layout read), the page's visibility, and one timer for the moment the screen's paragraphs are read.
// The rule itself is ReadingClock's (src/record/model.ts).
import { ReadingClock } from '../model.ts';
import type { PartSpan } from '../record.ts';
import type { RecordStore } from './record-store.ts';

/** Reading time waits this long in the page before it is written, unless a paragraph is read or the page hides. */
const WRITE_EVERY_MS = 30_000;

/** The page's paragraphs, their lengths in characters, and the part a paragraph's id belongs to. */
function paragraphsOf(parts: PartSpan[]) {
  const paragraphs = [...document.querySelectorAll<HTMLElement>('[data-speech] .paragraph[id]')];
  const lengths = new Map(paragraphs.map((p) => [p.id, [...(p.textContent ?? '')].length]));
  const partOf = (id: string) => {
    const number = Number(id.slice(1));
    return parts.find((part) => number >= part.first && number <= part.last)?.id;
  };
  return { paragraphs, lengths, partOf };
}

/** Starts recording the paragraphs of this page; returns what stops it (the reader switched the record off). */
export function startRecorder(store: RecordStore, parts: PartSpan[]): () => void {
  const { paragraphs, lengths, partOf } = paragraphsOf(parts);
  const clock = new ReadingClock(lengths, Date.now());
  let read: string[] = [];
  let time: Record<string, number> = {};
  let written = Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const write = () => {
    if (read.length === 0 && Object.keys(time).length === 0) return;
    store.add(read, time);
    read = [];
    time = {};
    written = Date.now();
  };
  // Counts up to now, writes what is due, and sets the timer for the next paragraph to be read.
  const settle = (force = false) => {
    const now = Date.now();
    const taken = clock.take(now);
    read.push(...taken.read);
    for (const [id, ms] of taken.times) {
      const part = partOf(id);
      if (part) time[part] = (time[part] ?? 0) + Math.round(ms);
    }
    if (force || taken.read.length > 0 || now - written >= WRITE_EVERY_MS) write();
    clearTimeout(timer);
    const wait = clock.untilNext();
    timer = wait === undefined ? undefined : setTimeout(settle, wait);
  };

  const observer = new IntersectionObserver(
    (entries) => {
      const now = Date.now();
      for (const entry of entries) clock.shown(entry.target.id, entry.isIntersecting, now);
      settle();
    },
    // The middle half of the screen: where the eye reads, below any sticky header, not a sliver at an edge.
    { rootMargin: '-25% 0px -25% 0px' },
  );
  for (const paragraph of paragraphs) observer.observe(paragraph);
  const visibility = () => {
    clock.hidden(document.visibilityState === 'hidden', Date.now());
    settle(document.visibilityState === 'hidden');
  };
  const leave = () => settle(true);
  document.addEventListener('visibilitychange', visibility);
  addEventListener('pagehide', leave);
  clock.hidden(document.visibilityState === 'hidden', Date.now());
  return () => {
    settle(true);
    observer.disconnect();
    clearTimeout(timer);
    document.removeEventListener('visibilitychange', visibility);
    removeEventListener('pagehide', leave);
  };
}
