import { STYLES, type StudyRecord } from './model.ts';
import { readReview, ReviewError, type Review } from '../practice/review-data.ts';
import { readRecord, RecordError, type ReadingRecord } from '../record/record.ts';
import { readPiece, type DraftPiece } from '../writing/draft.ts';

// The JSON backup (docs/study-backup.md): a versioned wrapper around W3C Web Annotation-shaped items, each targeting
// its paragraph by a FragmentSelector (the paragraph's id) refined by a TextQuoteSelector and a TextPositionSelector.
// Version 2 adds 自测's review schedule (`practice`), version 3 学习记录 (`record`), version 4 the 心得提纲 (`draft`);
// every earlier version still imports.

export const BACKUP_FORMAT = 'liaoning-speech-study';
export const BACKUP_VERSION = 4;
/** The versions this code reads. */
const READABLE = [1, 2, 3, 4];
/** The largest backup read: 300 entries take about 300 KB; anything past this is not ours. */
export const MAX_BACKUP_BYTES = 5_000_000;

interface Selector {
  type: 'FragmentSelector';
  conformsTo: 'http://tools.ietf.org/rfc/rfc3986';
  value: string;
  refinedBy: { type: string; [key: string]: unknown };
}

export interface BackupItem {
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting' | 'bookmarking';
  created: string;
  modified: string;
  bodyValue?: string;
  style: string;
  target: {
    source: string;
    /** hashText() of the paragraph's text when the passage was saved (the W3C State's role: which version). */
    textHash: string;
    selector: Selector[];
  };
  deleted?: boolean;
}

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exported: string;
  items: BackupItem[];
  /** 自测's 错题本 and review schedule (src/practice/review-data.ts), when this device has one. */
  practice?: Review;
  /** 学习记录 (src/record/record.ts): the paragraphs read and the reading time. */
  record?: ReadingRecord;
  /** The 心得提纲's pieces as kept on the device (src/writing/draft.ts), tombstones included. */
  draft: DraftPiece[];
}

const fragment = (paragraph: string, refinedBy: Selector['refinedBy']): Selector => ({
  type: 'FragmentSelector',
  conformsTo: 'http://tools.ietf.org/rfc/rfc3986',
  value: paragraph,
  refinedBy,
});

/** The backup of these records; `source` gives a paragraph's page address (without the fragment). */
export function toBackup(
  records: StudyRecord[],
  source: (paragraph: string) => string,
  now: string,
  { practice, record, draft = [] }: { practice?: Review; record?: ReadingRecord; draft?: DraftPiece[] } = {},
): Backup {
  return {
    ...(practice ? { practice } : {}),
    ...(record ? { record } : {}),
    draft,
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exported: now,
    items: records.map((r) => ({
      id: r.id,
      type: 'Annotation',
      motivation: r.kind === 'excerpt' ? 'bookmarking' : r.note ? 'commenting' : 'highlighting',
      created: r.created,
      modified: r.updated,
      ...(r.note ? { bodyValue: r.note } : {}),
      style: r.style,
      target: {
        source: source(r.paragraph),
        textHash: r.hash,
        selector: [
          fragment(r.paragraph, { type: 'TextQuoteSelector', exact: r.exact, prefix: r.prefix, suffix: r.suffix }),
          fragment(r.paragraph, { type: 'TextPositionSelector', start: r.start, end: r.end }),
        ],
      },
      ...(r.deleted ? { deleted: true } : {}),
    })),
  };
}

/** Why a file was refused, in the reader's words. */
export class BackupError extends Error {}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;
const isDate = (value: unknown): value is string => isString(value) && !Number.isNaN(Date.parse(value));

/** One item back as a record, or the reason it is not one. */
function toRecord(item: unknown, n: number): StudyRecord {
  const bad = (what: string) => new BackupError(`备份中的第${n}条记录${what}，文件未导入。`);
  if (!isObject(item) || !isString(item.id) || !item.id) throw bad('没有编号');
  if (!isDate(item.created) || !isDate(item.modified)) throw bad('日期有误');
  const target = item.target;
  if (!isObject(target) || !Array.isArray(target.selector) || !isString(target.textHash)) throw bad('缺少位置');
  const selectors: unknown[] = target.selector;
  const refined = (type: string) =>
    selectors
      .filter((s): s is Selector => isObject(s) && s.type === 'FragmentSelector' && isObject(s.refinedBy))
      .find((s) => s.refinedBy.type === type);
  const quote = refined('TextQuoteSelector');
  const position = refined('TextPositionSelector');
  if (!quote || !position || quote.value !== position.value || !/^p\d+$/.test(quote.value)) throw bad('缺少位置');
  const { exact, prefix, suffix } = quote.refinedBy;
  const { start, end } = position.refinedBy;
  if (!isString(exact) || !isString(prefix) || !isString(suffix) || !isCount(start) || !isCount(end) || end < start)
    throw bad('的位置有误');
  const style = STYLES.find((s) => s === item.style);
  if (!style) throw bad(`的划线样式“${String(item.style)}”不认识`);
  if (item.bodyValue !== undefined && !isString(item.bodyValue)) throw bad('的想法不是文字');
  if (!item.deleted && !exact) throw bad('没有摘录的文字');
  return {
    id: item.id,
    paragraph: quote.value,
    start,
    end,
    exact,
    prefix,
    suffix,
    hash: target.textHash,
    kind: item.motivation === 'bookmarking' ? 'excerpt' : 'highlight',
    style,
    note: isString(item.bodyValue) ? item.bodyValue : '',
    created: item.created,
    updated: item.modified,
    ...(item.deleted === true ? { deleted: true } : {}),
  };
}

/** The 心得提纲's pieces of a backup (none before version 4). */
function draftOf(data: Record<string, unknown>): DraftPiece[] {
  if (data.draft === undefined) return [];
  if (!Array.isArray(data.draft)) throw new BackupError('备份中的心得提纲不是列表，文件未导入。');
  return data.draft.map((raw, i) => {
    const piece = readPiece(raw);
    if (typeof piece === 'string') throw new BackupError(`备份中心得提纲的第${i + 1}条${piece}，文件未导入。`);
    return piece;
  });
}

/**
 * Reads a backup file's text (the study records, and any review schedule, 学习记录 and 心得提纲); throws a BackupError
 * that names what is wrong, and reads nothing in part.
 */
export function readBackup(text: string): {
  records: StudyRecord[];
  practice?: Review;
  record?: ReadingRecord;
  draft: DraftPiece[];
} {
  if (text.length > MAX_BACKUP_BYTES) throw new BackupError(tooLarge(text.length));
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new BackupError('文件不是完整的 JSON：可能没有下载完或被改动过，未导入。');
  }
  if (!isObject(data) || data.format !== BACKUP_FORMAT)
    throw new BackupError('这不是本站的学习笔记备份文件（格式不符），未导入。');
  if (!READABLE.includes(data.version as number))
    throw new BackupError(
      `这份备份的格式版本是 ${String(data.version)}，本页只能读取版本 ${READABLE.join('、')}，未导入。`,
    );
  if (!Array.isArray(data.items)) throw new BackupError('备份中没有记录列表，未导入。');
  const records = data.items.map((item, i) => toRecord(item, i + 1));
  const draft = draftOf(data);
  try {
    return {
      records,
      ...(data.practice !== undefined && { practice: readReview(data.practice) }),
      ...(data.record !== undefined && { record: readRecord(data.record) }),
      draft,
    };
  } catch (error) {
    const theirs = error instanceof ReviewError || error instanceof RecordError;
    throw theirs ? new BackupError(error.message) : error;
  }
}

/** The study records of a backup file's text (see readBackup). */
export const parseBackup = (text: string): StudyRecord[] => readBackup(text).records;

/** The message for a file past MAX_BACKUP_BYTES. */
export const tooLarge = (bytes: number) =>
  `文件有 ${(bytes / 1e6).toFixed(1)} MB，超过备份文件的上限 ${MAX_BACKUP_BYTES / 1e6} MB，不像是本站的备份，未导入。`;
