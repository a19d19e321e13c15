// 学习记录 as kept on the device and in the backup: the paragraphs read (each with the day it was first read) and the
// time spent reading. Merging is by union and maximum, so two tabs, and the same backup imported twice, add nothing twice.

/** Reading time of one device (or one tab's device), counted from `since`. */
export interface TimeCounter {
  /** ISO date the counter began: one begun before the record was last cleared is dropped. */
  since: string;
  /** Milliseconds per part id (part-2). */
  parts: Record<string, number>;
}

export interface ReadingRecord {
  /** Paragraph id (p12) → ISO date it was first read. */
  read: Record<string, string>;
  /** Per device: a counter only that device adds to, so a merge takes the larger of each and counts nothing twice. */
  time: Record<string, TimeCounter>;
  /** ISO date of the last 清除: anything older is gone, in every tab and from every import. */
  cleared?: string;
  /** Per browser: its counters of the days before `through`, folded into one (src/record/compact.ts). */
  kept?: Record<string, KeptTime>;
}

/** A browser's old counters in one: `since` is the earliest of them, `through` the day (YYYY-MM-DD) they ended before. */
export interface KeptTime extends TimeCounter {
  through: string;
}

/** The browser a counter belongs to (`browser/…`), or none for a counter older than folding. */
export const browserOf = (counter: string) => (counter.includes('/') ? counter.split('/')[0] : undefined);

/** Whether a counter is already counted in its browser's kept time. */
export function isKept(kept: ReadingRecord['kept'], id: string, counter: TimeCounter): boolean {
  const through = kept?.[browserOf(id) ?? '']?.through;
  return through !== undefined && counter.since.slice(0, 10) < through;
}

/** A part's paragraphs: numbered through the speech, so a part is a range of them (from the outline). */
export interface PartSpan {
  id: string;
  first: number;
  last: number;
}

export const emptyRecord = (): ReadingRecord => ({ read: {}, time: {} });

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isDate = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value));
const isTime = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

/** Why a record was refused (in a backup), in the reader's words. */
export class RecordError extends Error {}

/** A record from stored or imported data; throws a RecordError naming what is wrong, and keeps nothing in part. */
export function readRecord(data: unknown): ReadingRecord {
  const bad = (what: string) => new RecordError(`学习记录${what}，文件未导入。`);
  if (!isObject(data) || !isObject(data.read) || !isObject(data.time)) throw bad('的格式不对');
  const record = emptyRecord();
  for (const [id, day] of Object.entries(data.read)) {
    if (!/^p\d+$/.test(id) || !isDate(day)) throw bad(`中的段落“${id}”有误`);
    record.read[id] = day;
  }
  for (const [device, counter] of Object.entries(data.time)) {
    if (!isObject(counter) || !isDate(counter.since) || !isObject(counter.parts)) throw bad('中的阅读时间有误');
    const parts: Record<string, number> = {};
    for (const [part, ms] of Object.entries(counter.parts)) {
      if (!/^part-\d+$/.test(part) || !isTime(ms)) throw bad('中的阅读时间有误');
      parts[part] = ms;
    }
    record.time[device] = { since: counter.since, parts };
  }
  if (data.kept !== undefined) record.kept = readKept(data.kept, bad);
  if (data.cleared !== undefined) {
    if (!isDate(data.cleared)) throw bad('的清除日期有误');
    record.cleared = data.cleared;
  }
  return record;
}

function readKept(data: unknown, bad: (what: string) => RecordError): Record<string, KeptTime> {
  if (!isObject(data)) throw bad('中的阅读时间有误');
  const kept: Record<string, KeptTime> = {};
  for (const [browser, value] of Object.entries(data)) {
    if (!isObject(value) || !isDate(value.through)) throw bad('中的阅读时间有误');
    const [counter] = Object.values(readRecord({ read: {}, time: { [browser]: value } }).time);
    kept[browser] = { ...counter!, through: value.through };
  }
  return kept;
}

/** The record kept in storage, or an empty one when there is none or it cannot be read (nothing to lose: it is not the reader's writing). */
export function parseStored(text: string | undefined): ReadingRecord {
  if (!text) return emptyRecord();
  try {
    return readRecord(JSON.parse(text));
  } catch {
    return emptyRecord();
  }
}

const later = (a?: string, b?: string) => (a && b ? (a > b ? a : b) : (a ?? b));
const earlier = (a: string, b?: string) => (b && b < a ? b : a);

/** Both records in one: every paragraph read in either (its earliest day), each counter's larger value; older than a clearing, nothing. */
export function mergeRecords(ours: ReadingRecord, theirs: ReadingRecord): ReadingRecord {
  const cleared = later(ours.cleared, theirs.cleared);
  const merged: ReadingRecord = { read: {}, time: {}, ...(cleared ? { cleared } : {}) };
  for (const [id, day] of [...Object.entries(ours.read), ...Object.entries(theirs.read)])
    if (!cleared || day >= cleared) merged.read[id] = earlier(day, merged.read[id]);
  const kept = mergeKept(ours.kept, theirs.kept, cleared);
  if (kept) merged.kept = kept;
  for (const [device, counter] of [...Object.entries(ours.time), ...Object.entries(theirs.time)]) {
    if ((cleared && counter.since < cleared) || isKept(kept, device, counter)) continue;
    const known = merged.time[device];
    if (!known || counter.since > known.since)
      merged.time[device] = { since: counter.since, parts: { ...counter.parts } };
    else if (counter.since === known.since)
      for (const [part, ms] of Object.entries(counter.parts)) known.parts[part] = Math.max(known.parts[part] ?? 0, ms);
  }
  return merged;
}

/** Each browser's kept time: the one folded through the later day (it holds the earlier), or at one day the larger. */
function mergeKept(ours: ReadingRecord['kept'], theirs: ReadingRecord['kept'], cleared?: string) {
  const merged: Record<string, KeptTime> = {};
  for (const [browser, kept] of [...Object.entries(ours ?? {}), ...Object.entries(theirs ?? {})]) {
    if (cleared && kept.since < cleared) continue;
    const known = merged[browser];
    if (!known || kept.through > known.through) merged[browser] = { ...kept, parts: { ...kept.parts } };
    else if (kept.through === known.through)
      for (const [part, ms] of Object.entries(kept.parts)) known.parts[part] = Math.max(known.parts[part] ?? 0, ms);
  }
  return Object.keys(merged).length > 0 ? merged : undefined;
}

/** The record with paragraphs read and reading time added to this device's counter, as of `now`. */
export function addReading(
  record: ReadingRecord,
  device: string,
  { read, time }: { read: string[]; time: Record<string, number> },
  now: string,
): ReadingRecord {
  const next = mergeRecords(record, emptyRecord());
  for (const id of read) next.read[id] ??= now;
  const counter = (next.time[device] ??= { since: now, parts: {} });
  for (const [part, ms] of Object.entries(time)) if (ms > 0) counter.parts[part] = (counter.parts[part] ?? 0) + ms;
  return next;
}

/** An empty record that, merged anywhere, clears what was read before `now`. */
export const clearedRecord = (now: string): ReadingRecord => ({ read: {}, time: {}, cleared: now });

/** The paragraph number of an id: p12 → 12. */
const numberOf = (id: string) => Number(id.slice(1));

/** Per part, how many of its paragraphs were read and how many it has; and the whole speech. */
export function readCounts(record: ReadingRecord, parts: PartSpan[]) {
  const numbers = Object.keys(record.read).map(numberOf);
  const perPart = parts.map((part) => ({
    id: part.id,
    read: numbers.filter((n) => n >= part.first && n <= part.last).length,
    of: part.last - part.first + 1,
  }));
  return {
    parts: perPart,
    read: perPart.reduce((sum, p) => sum + p.read, 0),
    of: perPart.reduce((sum, p) => sum + p.of, 0),
  };
}

/** Milliseconds of reading per part, over every device, and in all. */
export function readingTime(record: ReadingRecord) {
  const parts: Record<string, number> = {};
  for (const counter of [...Object.values(record.time), ...Object.values(record.kept ?? {})])
    for (const [part, ms] of Object.entries(counter.parts)) parts[part] = (parts[part] ?? 0) + ms;
  return { parts, total: Object.values(parts).reduce((sum, ms) => sum + ms, 0) };
}

/** Parts as the page's contents name them: data-paragraphs="2-28" on each part's entry. */
export function partSpan(id: string, paragraphs: string): PartSpan | undefined {
  const match = /^(\d+)-(\d+)$/.exec(paragraphs);
  if (!match) return undefined;
  return { id, first: Number(match[1]), last: Number(match[2]) };
}
