// Everything the site keeps on the reader's device, under the keys of one table, read and written one way. The values
// are what readers' browsers already hold: renaming one would lose what a reader saved, so two naming schemes stay.

export const STORAGE_KEYS = {
  /** The settings, also shown as data-<key> on <html> (src/preferences/preferences.ts): 配色. */
  theme: 'theme',
  /** 字号. */
  textSize: 'text-size',
  /** 关怀模式. */
  care: 'care',
  /** 大鼠标. */
  cursor: 'cursor',
  /** 阅读辅助线. */
  guide: 'guide',
  /** The edition a reader chose (简 / 繁): the `lang` of its pages, read by the pre-paint script. */
  edition: 'lang',
  /** 朗读: where reading stopped, `{ path, block, sentence }` as JSON. */
  readAloudPosition: 'read-aloud-position',
  /** 朗读's 语速: slow, normal or fast. */
  readAloudSpeed: 'read-aloud-speed',
  /** 朗读's 大字幕: "on", or none. */
  readAloudCaptions: 'read-aloud-captions',
  /** 继续阅读: the paragraph last read on each page, as JSON. */
  readingPositions: 'reading-positions',
  /** The study records (划线, 想法, 摘抄), as JSON with tombstones. */
  studyRecords: 'liaoning-speech:study:v1',
  /** The 心得提纲 (src/writing/draft.ts): the reader's title, target, headings, paragraphs and the places of their excerpts and notes, as JSON with tombstones. */
  draft: 'liaoning-speech:draft:v1',
  /** When the reader last downloaded or copied a backup of them. */
  studyLastBackup: 'liaoning-speech:study:last-backup',
  /** 学习记录: the paragraphs read and the reading time, as JSON (src/record/record.ts). */
  readingRecord: 'reading-record',
  /** 学习记录: this browser's id, under which its old reading time is folded (src/record/compact.ts). */
  readingRecordId: 'reading-record-id',
  /** 学习记录 switched off: "off", or none (on). */
  readingRecordOff: 'reading-record-off',
} as const;

export type StorageKey = (typeof STORAGE_KEYS)[keyof typeof STORAGE_KEYS];

/** The value kept under `key`, or none; storage that cannot be read (turned off, blocked) holds none, or tells `failed`. */
export function stored(key: StorageKey, failed?: (error: unknown) => void): string | undefined {
  try {
    return localStorage.getItem(key) ?? undefined;
  } catch (error) {
    failed?.(error);
    return undefined;
  }
}

/** Keeps `value` under `key`, or with none forgets it; storage that refuses (full, turned off) tells `failed`. */
export function store(key: StorageKey, value: string | undefined, failed?: (error: unknown) => void): boolean {
  try {
    if (value === undefined) localStorage.removeItem(key);
    else localStorage.setItem(key, value);
    return true;
  } catch (error) {
    failed?.(error);
    return false;
  }
}
