import type { SearchTarget } from '../search/targets.ts';
import { wordQuery } from '../search/normalise.ts';
import type { PhraseResult } from '../search/phrase.ts';
import manifest from 'virtual:phrase-manifest';
import { phraseStore } from '../search/phrase-files.ts';
import { searchPhrase, type PhrasePage } from '../search/phrase-lookup.ts';
import { relatedBlocks, type WordMatches } from '../search/related.ts';
import { suggestPhrases } from '../search/suggest.ts';

/** The part of Pagefind's JS API this search uses. */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<WordMatches> }[] }>;
}

/**
 * The two layers of search: the phrase layer on the split phrase data (only the pieces a query needs), and
 * Pagefind's word index after it, not fetched at all until related results are asked for.
 */
export class SearchEngine {
  #files = new Map<string, Promise<string>>();
  #pagefind?: Promise<Pagefind>;
  #store = phraseStore(manifest, (name) => this.#read(name));

  constructor(
    private dataUrl: string,
    private pagefindBase: string,
  ) {}

  /** A file of the phrase data, fetched once; a failure is forgotten so that the next query tries again. */
  #read(name: string): Promise<string> {
    let file = this.#files.get(name);
    if (!file) {
      const url = this.dataUrl + name;
      file = fetch(url)
        .then((response) => (response.ok ? response.text() : Promise.reject(new Error(`${url}: ${response.status}`))))
        .catch((error: unknown) => {
          this.#files.delete(name);
          throw error;
        });
      this.#files.set(name, file);
    }
    return file;
  }

  #loadPagefind() {
    this.#pagefind ??= (async () => {
      const pagefind = (await import(/* @vite-ignore */ `${this.pagefindBase}pagefind.js`)) as Pagefind;
      // Four pages need no worker thread: one file fewer to fetch (43 KB) and no worker-src in the CSP.
      await pagefind.options({ basePath: this.pagefindBase, noWorker: true });
      return pagefind;
    })().catch((error: unknown) => {
      this.#pagefind = undefined;
      throw error;
    });
    return this.#pagefind;
  }

  /** The first `limit` literal results in reading order, and how many there are: only their text is fetched. */
  phrasePage(query: string, limit: number): Promise<PhrasePage> {
    return searchPhrase(this.#store, query, limit);
  }

  /** Phrases of the speech one or two characters off a query that has no literal result (您是不是要找). */
  suggest(query: string): Promise<string[]> {
    return suggestPhrases(this.#store, query);
  }

  async related(query: string, found: PhraseResult[]): Promise<SearchTarget[]> {
    const words = wordQuery(query);
    if (!words) return [];
    const [ids, pagefind] = await Promise.all([this.#store.ids(), this.#loadPagefind()]);
    const { results } = await pagefind.search(words);
    const pages = await Promise.all(results.map((result) => result.data()));
    const related = relatedBlocks(pages, new Set(ids), new Set(found.map((r) => r.target.id)));
    const stored = await Promise.all(related.map((id) => this.#store.target(ids.indexOf(id))));
    return stored.map((s) => s.target);
  }
}
