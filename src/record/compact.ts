// 学习记录 stays small: a page adds to a counter of its own, one a day, so the counters pile up with every visit. A
// browser's counters of the days before the last KEEP_DAYS are folded into one per part (`kept`), under its own id:
// no page adds to them any more, the totals the reader sees do not change, and a merge knows them as counted.
import { browserOf, mergeRecords, type KeptTime, type ReadingRecord } from './record.ts';

/** Days whose counters stay as they are: today's and yesterday's may still be added to by a tab left open. */
export const KEEP_DAYS = 2;

/** The day (YYYY-MM-DD) `days` before the ISO time `now`. */
export const dayBefore = (now: string, days: number) =>
  new Date(Date.parse(now.slice(0, 10)) - days * 86_400_000).toISOString().slice(0, 10);

/** The record with this browser's counters of days before the last KEEP_DAYS folded into its kept time. */
export function compact(record: ReadingRecord, browser: string, now: string): ReadingRecord {
  const through = dayBefore(now, KEEP_DAYS - 1);
  const known = record.kept?.[browser];
  if (known && known.through >= through) return record;
  const old = Object.entries(record.time).filter(
    ([id, counter]) => browserOf(id) === browser && counter.since.slice(0, 10) < through,
  );
  if (old.length === 0) return record;
  const kept: KeptTime = known
    ? { ...known, parts: { ...known.parts }, through }
    : { since: old[0]![1].since, parts: {}, through };
  for (const [, counter] of old) {
    if (counter.since < kept.since) kept.since = counter.since;
    for (const [part, ms] of Object.entries(counter.parts)) kept.parts[part] = (kept.parts[part] ?? 0) + ms;
  }
  // The merge drops the counters now kept (isKept), as it will whenever an older copy of them comes back.
  return mergeRecords({ ...record, kept: { ...record.kept, [browser]: kept } }, { read: {}, time: {} });
}
