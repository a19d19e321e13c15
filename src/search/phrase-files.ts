import type { Bucket, PhraseIndex, PhraseIndexManifest, StoredTarget } from './phrase-index.ts';
import type { PhraseStore } from './phrase-lookup.ts';

// The one owner of the phrase data's format on disk: the build writes the files through `phraseFiles`
// (src/integrations/phrase-data.ts) and the browser reads them through `phraseStore` (src/search/browser/search-engine.ts).

/** The folder of the split phrase data below the site's base. */
export const PHRASE_DATA = 'phrase-data/';

/** Each file's name below PHRASE_DATA. */
export const phraseFile = {
  /** Every target's id in reading order. */
  ids: 'ids.json',
  bigrams: (bucket: number) => `b/${bucket}.json`,
  chars: (bucket: number) => `c/${bucket}.json`,
  target: (index: number) => `t/${index}.json`,
};

/** Every file of the split phrase data: its name below PHRASE_DATA and its text (JSON). */
export function phraseFiles(index: PhraseIndex): [name: string, text: string][] {
  const files: [string, unknown][] = [
    [phraseFile.ids, index.ids],
    ...index.bigrams.map((bucket, i): [string, unknown] => [phraseFile.bigrams(i), bucket]),
    ...index.chars.map((bucket, i): [string, unknown] => [phraseFile.chars(i), bucket]),
    ...index.targets.map((target, i): [string, unknown] => [phraseFile.target(i), target]),
  ];
  return files.map(([name, data]) => [name, JSON.stringify(data)]);
}

/** The phrase data's files, read back: what the phrase lookup asks for, and the targets' ids. */
export interface PhraseFileStore extends PhraseStore {
  ids(): Promise<string[]>;
}

/** The split phrase data over `read`, which gives a file's text by its name (a fetch in the browser). */
export function phraseStore(manifest: PhraseIndexManifest, read: (name: string) => Promise<string>): PhraseFileStore {
  const parsed = async <T>(name: string): Promise<T> => JSON.parse(await read(name)) as T;
  return {
    // Known when the search code was built: a query's buckets are asked for the moment it is known.
    manifest: async () => manifest,
    bigrams: (bucket) => parsed<Bucket>(phraseFile.bigrams(bucket)),
    chars: (bucket) => parsed<Bucket>(phraseFile.chars(bucket)),
    target: (index) => parsed<StoredTarget>(phraseFile.target(index)),
    ids: () => parsed<string[]>(phraseFile.ids),
  };
}
