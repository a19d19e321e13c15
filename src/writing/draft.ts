import { mergeVersions, type Versioned } from '../study/model.ts';
import { wordCount } from './count.ts';

// The 心得提纲: what the reader writes (a title, headings, paragraphs) and where they put their excerpts (摘录) and
// notes (想法), kept on the device like the study records, one versioned piece per entry, so tabs and imports merge.
// The site adds no words of its own: a quotation is the reader's saved words, a thought the reader's saved note.

/** title and target are settings (one each, fixed ids); the others are arranged in order by `rank`. */
export const PIECE_KINDS = ['title', 'target', 'heading', 'text', 'quote', 'thought'] as const;
export type PieceKind = (typeof PIECE_KINDS)[number];

export interface DraftPiece extends Versioned {
  kind: PieceKind;
  /** What the reader wrote (title, heading, text), or the target as `mode:count`; '' for quote and thought. */
  text: string;
  /** The study record a quote or thought shows; ''. */
  record: string;
  /** Place in the draft, ascending; ties fall back to the id so every tab shows one order. */
  rank: number;
}

/** The words of a study record that a quote or thought shows. */
export type RecordWords = (id: string) => { exact: string; note: string } | undefined;

export const TARGET_MODES = ['atLeast', 'about', 'atMost'] as const;
export type TargetMode = (typeof TARGET_MODES)[number];
export interface Target {
  mode: TargetMode;
  count: number;
}

const ARRANGED: PieceKind[] = ['heading', 'text', 'quote', 'thought'];

export const mergeDraft = (ours: DraftPiece[], theirs: DraftPiece[]) => mergeVersions(ours, theirs);

/** The live pieces the reader arranged, in order. */
export const arranged = (pieces: DraftPiece[]) =>
  pieces
    .filter((p) => !p.deleted && ARRANGED.includes(p.kind))
    .sort((a, b) => a.rank - b.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

/** A setting's text ('' when unset). */
export const setting = (pieces: DraftPiece[], kind: 'title' | 'target') =>
  pieces.find((p) => p.id === kind && !p.deleted)?.text ?? '';

/** A setting as a piece of fixed id. */
export const settingPiece = (kind: 'title' | 'target', text: string, now: string): DraftPiece => ({
  id: kind,
  kind,
  text,
  record: '',
  rank: 0,
  updated: now,
});

/** A new piece after all the others. */
export function appended(
  pieces: DraftPiece[],
  fields: Pick<DraftPiece, 'id' | 'kind' | 'text' | 'record'>,
  now: string,
): DraftPiece {
  const last = arranged(pieces).at(-1);
  return { ...fields, rank: last ? last.rank + 1 : 1, updated: now };
}

/** Whether a record's quote (or thought) is already in the draft. */
export const placed = (pieces: DraftPiece[], record: string, kind: 'quote' | 'thought') =>
  arranged(pieces).some((p) => p.kind === kind && p.record === record);

/** The pieces whose rank changes when `id` moves to index `to` of the arranged order (numbered again 1, 2, …). */
export function moved(pieces: DraftPiece[], id: string, to: number, now: string): DraftPiece[] {
  const order = arranged(pieces);
  const from = order.findIndex((p) => p.id === id);
  if (from < 0 || to < 0 || to >= order.length || to === from) return [];
  const [piece] = order.splice(from, 1);
  order.splice(to, 0, piece!);
  return order.flatMap((p, i) => (p.rank === i + 1 ? [] : [{ ...p, rank: i + 1, updated: now }]));
}

/** A piece removed from the draft: a tombstone (the study record it showed stays in 摘抄本). */
export const removed = (piece: DraftPiece, now: string): DraftPiece => ({
  ...piece,
  text: '',
  updated: now,
  deleted: true,
});

export const targetText = ({ mode, count }: Target) => `${mode}:${count}`;
export function parseTarget(text: string): Target | undefined {
  const [mode, count] = text.split(':');
  const n = Number(count);
  const known = TARGET_MODES.find((m) => m === mode);
  return known && Number.isInteger(n) && n > 0 ? { mode: known, count: n } : undefined;
}

/** The words a piece puts in the 正文: a quotation between quotation marks, a thought as the note. */
export function pieceText(piece: DraftPiece, words: RecordWords): string {
  if (piece.kind === 'quote') {
    const exact = words(piece.record)?.exact;
    return exact ? `“${exact}”` : '';
  }
  if (piece.kind === 'thought') return words(piece.record)?.note ?? '';
  return piece.text;
}

/** 字数 by Word's rule: quoted from the speech (with the quotation marks), the reader's own, and the whole 正文. */
export function split(pieces: DraftPiece[], words: RecordWords) {
  let quoted = 0;
  let own = wordCount(setting(pieces, 'title'));
  for (const piece of arranged(pieces)) {
    const count = wordCount(pieceText(piece, words));
    if (piece.kind === 'quote') quoted += count;
    else own += count;
  }
  return { quoted, own, total: quoted + own };
}

/** How far the 字数 is from the target: the difference, and whether it is short of it, within it or past it. */
export function againstTarget(total: number, { mode, count }: Target) {
  const by = Math.abs(count - total);
  if (mode === 'atLeast') return { state: total >= count ? 'reached' : 'short', by } as const;
  if (mode === 'atMost') return { state: total <= count ? 'within' : 'over', by } as const;
  return { state: total < count ? 'short' : total > count ? 'over' : 'reached', by } as const;
}

/** A piece read from a backup, or why it is not one. */
export function readPiece(raw: unknown): DraftPiece | string {
  if (typeof raw !== 'object' || raw === null) return '不是一条记录';
  const p = raw as Record<string, unknown>;
  if (typeof p.id !== 'string' || !p.id) return '没有编号';
  const kind = PIECE_KINDS.find((k) => k === p.kind);
  if (!kind) return `的类型“${String(p.kind)}”不认识`;
  if (typeof p.updated !== 'string' || Number.isNaN(Date.parse(p.updated))) return '日期有误';
  if (typeof p.text !== 'string' || typeof p.record !== 'string' || typeof p.rank !== 'number') return '内容有误';
  const piece: DraftPiece = { id: p.id, kind, text: p.text, record: p.record, rank: p.rank, updated: p.updated };
  return p.deleted === true ? { ...piece, deleted: true } : piece;
}
