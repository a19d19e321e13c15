// 学习记录 in this browser's localStorage (src/shell/storage.ts), nowhere else. Each page adds only to its own time
// counter and writes what is stored merged with what it holds, and merges another tab's writes (the storage event),
// so two tabs never lose each other's paragraphs or minutes. A write that fails is told (`failure`), never thrown.
import { STORAGE_KEYS, store, stored } from '../../shell/storage.ts';
import { compact } from '../compact.ts';
import { addReading, clearedRecord, emptyRecord, mergeRecords, parseStored, type ReadingRecord } from '../record.ts';

const KEY = STORAGE_KEYS.readingRecord;

const randomId = () => globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(36)}${Math.random().toString(36)}`;

/** This browser's id, kept beside the record; where storage refuses, one for this page alone. */
function browserId(): string {
  const known = stored(STORAGE_KEYS.readingRecordId);
  if (known) return known;
  const id = randomId().slice(0, 8);
  store(STORAGE_KEYS.readingRecordId, id);
  return id;
}

const same = (a: ReadingRecord, b: ReadingRecord) => JSON.stringify(a) === JSON.stringify(b);

export class RecordStore {
  record: ReadingRecord = emptyRecord();
  /** Why the last read or write failed (storage blocked or full), or ''. */
  failure = '';
  #browser = browserId();
  /** This page's counter, a new one each day: a counter no page adds to any more can be folded (compact). */
  #counter = '';
  #day = '';
  #listeners = new Set<() => void>();

  constructor() {
    this.record = this.#read() ?? emptyRecord();
    addEventListener('storage', (event) => {
      if (event.key !== KEY && event.key !== STORAGE_KEYS.readingRecordOff && event.key !== null) return;
      const theirs = this.#read();
      if (!theirs) return this.#changed();
      this.record = mergeRecords(this.record, theirs);
      if (!same(this.record, theirs) && this.on) this.#write();
      this.#changed();
    });
  }

  /** The stored record, or none when storage cannot be read: then nothing is written over what it holds. */
  #read(): ReadingRecord | undefined {
    let failed = false;
    const text = stored(KEY, (error) => ((failed = true), (this.failure = String(error))));
    return failed ? undefined : parseStored(text);
  }

  #write(): boolean {
    const theirs = this.#read();
    if (!theirs) return false;
    const now = new Date().toISOString();
    this.record = compact(mergeRecords(theirs, this.record), this.#browser, now);
    const written = store(KEY, JSON.stringify(this.record), (error) => (this.failure = String(error)));
    if (written) this.failure = '';
    return written;
  }

  #changed() {
    for (const listener of this.#listeners) listener();
  }

  /** Calls back after this page or another tab changed the record or the switch. */
  onChange(listener: () => void) {
    this.#listeners.add(listener);
  }

  /** Whether the reader lets the site record their reading (on unless switched off). */
  get on(): boolean {
    return stored(STORAGE_KEYS.readingRecordOff) !== 'off';
  }

  /** Turns recording on or off; what is recorded is kept either way. False if the choice could not be stored. */
  switch(on: boolean): boolean {
    const done = store(
      STORAGE_KEYS.readingRecordOff,
      on ? undefined : 'off',
      (error) => (this.failure = String(error)),
    );
    this.#changed();
    return done;
  }

  /** Adds paragraphs read and milliseconds per part; nothing while switched off. False if storage refused. */
  add(read: string[], time: Record<string, number>): boolean {
    if (!this.on) return true;
    const now = new Date().toISOString();
    if (now.slice(0, 10) !== this.#day)
      [this.#day, this.#counter] = [now.slice(0, 10), `${this.#browser}/${randomId()}`];
    this.record = addReading(this.record, this.#counter, { read, time }, now);
    const written = this.#write();
    this.#changed();
    return written;
  }

  /** Forgets every paragraph read and all reading time, here and, through the storage event, in other tabs. */
  clear(): boolean {
    this.record = mergeRecords(this.record, clearedRecord(new Date().toISOString()));
    const written = store(KEY, JSON.stringify(this.record), (error) => (this.failure = String(error)));
    this.#changed();
    return written;
  }

  /** Merges a record from a backup in; false if storage refused. */
  merge(incoming: ReadingRecord): boolean {
    this.record = mergeRecords(this.record, incoming);
    const written = this.#write();
    this.#changed();
    return written;
  }
}

let shared: RecordStore | undefined;
/** The page's one store: the recorder, the bars and 摘抄本's panel see the same record. */
export const recordStore = () => (shared ??= new RecordStore());
