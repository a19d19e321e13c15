// 学习记录 as a dated plain-text record, labelled as the device's own record and not proof of 学时. Pure: the strings
// come from the page's edition (src/i18n/record.ts), the counts from the record and the study store.
import { fill } from '../i18n/fill.ts';
import type { recordText } from '../i18n/record.ts';
import { readCounts, readingTime, type PartSpan, type ReadingRecord } from './record.ts';
import type { SelfTestTally } from './self-test.ts';

export type RecordStrings = Record<keyof typeof recordText, string>;

/** What the study store and 自测 add to the record: counted, never stored twice. */
export interface StudyFacts {
  excerpts: number;
  notes: number;
  excerpted: number;
  written: number;
  selfTest?: SelfTestTally;
}

/** Whole minutes, rounded; under half a minute says so rather than 0. */
export const minutesOf = (ms: number) => Math.round(ms / 60_000);

/** The reading time line. */
export const timeLine = (ms: number, ui: RecordStrings) =>
  minutesOf(ms) < 1 ? ui.timeUnder : fill(ui.time, { minutes: minutesOf(ms) });

/** 全文已读 x / N 段. */
export const wholeLine = ({ read, of }: { read: number; of: number }, ui: RecordStrings) =>
  fill(ui.whole, { read, of });

/** What the reader excerpted and wrote (and 自测's tally, when there is one), one line each. */
export function studyLines({ excerpts, notes, excerpted, written, selfTest }: StudyFacts, ui: RecordStrings) {
  const lines = [fill(ui.written, { excerpts, notes, excerpted, written })];
  if (selfTest) lines.push(fill(ui.selfTest, { answered: selfTest.answered, right: selfTest.right }));
  return lines;
}

/** The lines of the record: title, label, date, the counts per part with the paragraphs read, time, writing, rule. */
export function recordLines(
  record: ReadingRecord,
  parts: (PartSpan & { label: string })[],
  facts: StudyFacts,
  { title, day }: { title: string; day: string },
  ui: RecordStrings,
): string[] {
  const counts = readCounts(record, parts);
  const lines = [
    `${ui.title}（${ui.label}）`,
    fill(ui.speech, { title }),
    fill(ui.exported, { day }),
    '',
    wholeLine(counts, ui),
  ];
  const read = Object.keys(record.read)
    .map((id) => Number(id.slice(1)))
    .sort((a, b) => a - b);
  parts.forEach((part, i) => {
    lines.push(fill(ui.partLine, { part: part.label, ...counts.parts[i]! }));
    const mine = read.filter((n) => n >= part.first && n <= part.last);
    if (mine.length > 0)
      lines.push(
        `  ${fill(ui.readList, { list: mine.map((number) => fill(ui.paragraph, { number })).join(ui.separator) })}`,
      );
  });
  lines.push(timeLine(readingTime(record).total, ui), ...studyLines(facts, ui));
  lines.push('', ui.rule, ui.private);
  return lines;
}

/** The record as a text file's content. */
export const recordFile = (...args: Parameters<typeof recordLines>) => `${recordLines(...args).join('\n')}\n`;
