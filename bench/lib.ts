import { gzipSync } from 'node:zlib';

/** The middle value (mean of the two middle ones for an even count); timings are reported as medians. */
export function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Bytes after gzip at the level static hosts commonly use (6 is zlib's default). */
export function gzipSize(data: string | Uint8Array): number {
  return gzipSync(data, { level: 6 }).length;
}

/** 1234 → "1.2 KB", 1234567 → "1.23 MB", 987 → "987 B" (KB = 1000 B, as the targets are). */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return '–';
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1e6) return `${(bytes / 1000).toFixed(1)} KB`;
  return `${(bytes / 1e6).toFixed(2)} MB`;
}

/** 1234.5 → "1.23 s", 56.7 → "57 ms". */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return '–';
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(2)} s`;
}

/** A plain-text table: columns padded to their widest cell, the header underlined. */
export function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c + ' '.repeat(widths[i]! - width(c)))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

// Han characters and full-width marks take two columns in a terminal.
const width = (text: string) =>
  [...text].reduce((n, ch) => n + (/[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(ch) ? 2 : 1), 0);

/** What a response counts as in the page-weight table. */
export type Kind = 'html' | 'css' | 'js' | 'other';

/** Sorts a response by the resource type Chromium gives its request. */
export function kindOf(resourceType: string): Kind {
  if (resourceType === 'document') return 'html';
  if (resourceType === 'stylesheet') return 'css';
  if (resourceType === 'script') return 'js';
  return 'other';
}

export interface Transfer {
  url: string;
  kind: Kind;
  raw: number;
  gzip: number;
}

export interface Weight {
  count: number;
  raw: number;
  gzip: number;
}

/** Sums responses, optionally only those of one kind. */
export function weigh(transfers: Transfer[], kind?: Kind): Weight {
  const chosen = kind ? transfers.filter((t) => t.kind === kind) : transfers;
  return { count: chosen.length, raw: sum(chosen.map((t) => t.raw)), gzip: sum(chosen.map((t) => t.gzip)) };
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** A positive whole number from an environment variable, or the fallback. */
export function envCount(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}
