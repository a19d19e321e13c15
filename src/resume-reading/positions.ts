/** Where a reader stopped on one page: the page's path, the paragraph's id and its place in words. */
export interface Position {
  path: string;
  paragraph: string;
  /** 二、第三，四是（第20段）: what the 继续阅读 prompt shows. */
  label: string;
}

/** Pages remembered at most; the oldest is forgotten first. */
export const REMEMBERED = 20;

const isPosition = (value: unknown): value is Position =>
  typeof value === 'object' &&
  value !== null &&
  ['path', 'paragraph', 'label'].every((key) => typeof (value as Record<string, unknown>)[key] === 'string');

/** The positions kept in storage, oldest first; anything unreadable (another version's data, a hand edit) is dropped. */
export function readPositions(stored: string | null): Position[] {
  try {
    const value: unknown = JSON.parse(stored ?? '[]');
    return Array.isArray(value) ? value.filter(isPosition) : [];
  } catch {
    return [];
  }
}

/** The positions with this page's replaced by the new one, which becomes the latest. */
export const remember = (positions: Position[], position: Position): Position[] =>
  [...positions.filter((p) => p.path !== position.path), position].slice(-REMEMBERED);

/** The positions without this page's: the reader dismissed it. */
export const forget = (positions: Position[], path: string): Position[] => positions.filter((p) => p.path !== path);

/** Where the reader stopped on a page, if anywhere. */
export const positionOn = (positions: Position[], path: string): Position | undefined =>
  positions.find((p) => p.path === path);

/** Where the reader stopped last, on any page. */
export const latest = (positions: Position[]): Position | undefined => positions.at(-1);
