import { mergeVersions, type StudyRecord, type Versioned } from '../model.ts';

// The reader's study records in this browser's localStorage, under one key, with tombstones. Every write reads what
// is stored first and merges (by id and `updated`), and a change made in another tab (the `storage` event) is merged
// in and written back if this tab holds entries the other did not have: two tabs never drop each other's entries.
// The 心得提纲 keeps its entries the same way under its own key (src/writing/browser/outline-page.ts).
import { STORAGE_KEYS, store, stored, type StorageKey } from '../../shell/storage.ts';

const rethrow = (error: unknown) => {
  throw error;
};

let persisted: Promise<boolean> | undefined;

function read<T>(key: StorageKey): T[] {
  const text = stored(key, rethrow);
  const data: unknown = text ? JSON.parse(text) : [];
  return Array.isArray(data) ? (data as T[]) : [];
}

const same = (a: Versioned[], b: Versioned[]) => {
  const key = (list: Versioned[]) =>
    list
      .map((r) => `${r.id}@${r.updated}${r.deleted ? 'x' : ''}`)
      .sort()
      .join();
  return key(a) === key(b);
};

export class StudyStore<T extends Versioned = StudyRecord> {
  records: T[] = [];
  /** Why the last read or write failed (storage disabled or full), or '' when it worked. */
  failure = '';
  #listeners = new Set<() => void>();

  readonly #key: StorageKey;
  readonly #merge: (ours: T[], theirs: T[]) => T[];

  constructor(key: StorageKey = STORAGE_KEYS.studyRecords, mergeWith: (ours: T[], theirs: T[]) => T[] = mergeVersions) {
    this.#key = key;
    this.#merge = mergeWith;
    try {
      this.records = read(key);
    } catch (error) {
      this.failure = String(error);
    }
    addEventListener('storage', (event) => {
      if (event.key !== key) return;
      try {
        const stored = read<T>(key);
        this.records = this.#merge(this.records, stored);
        if (!same(this.records, stored)) this.#write();
      } catch {
        return;
      }
      for (const listener of this.#listeners) listener();
    });
  }

  /** Calls back after another tab changed the records. */
  onChange(listener: () => void) {
    this.#listeners.add(listener);
  }

  /** Adds or replaces records (by id); true if they reached storage, false if they are only in this page. */
  save(changed: T[]): boolean {
    this.records = this.#merge(this.records, changed);
    return this.#write();
  }

  #write(): boolean {
    try {
      this.records = this.#merge(read<T>(this.#key), this.records);
      store(this.#key, JSON.stringify(this.records), rethrow);
      this.failure = '';
      // Only a request (Safari may still clear the site's storage after seven days away): backups remain the answer.
      persisted ??= navigator.storage?.persist?.().catch(() => false);
      return true;
    } catch (error) {
      this.failure = String(error);
      return false;
    }
  }

  get live() {
    return this.records.filter((r) => !r.deleted);
  }

  /** When the reader last downloaded or copied a backup, or ''. */
  get lastBackup(): string {
    return stored(STORAGE_KEYS.studyLastBackup) ?? '';
  }

  /** Without storage the backup itself was made; only its date is not kept. */
  markBackedUp(when: string) {
    store(STORAGE_KEYS.studyLastBackup, when);
  }
}

/** A new record's id; randomUUID needs a secure context, which an intranet served over http is not. */
export const newId = () =>
  `urn:uuid:${globalThis.crypto?.randomUUID?.() ?? `${Date.now().toString(16)}-${Math.random().toString(16).slice(2)}`}`;
