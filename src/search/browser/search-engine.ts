import type { SearchTarget } from '../targets.ts';
import { wordQuery } from '../normalise.ts';
import type { PhraseResult } from '../phrase.ts';
import manifest from 'virtual:phrase-manifest';
import { phraseStore } from '../phrase-files.ts';
import { searchPhrase, type PhrasePage } from '../phrase-lookup.ts';
import { relatedBlocks, type WordMatches } from '../related.ts';
import { suggestPhrases } from '../suggest.ts';
import { fold } from '../fold.ts';
import { foldTableAsked, foldTableOnce } from './fold.ts';

const HAN = /\p{Script=Han}/u;

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
  // On the Traditional edition the targets come from its own folder (each with the text shown there, and its page):
  // the same positions and ids, so only the files of targets (t/…) are read from there.
  #hant = document.documentElement.lang === 'zh-Hant';
  #store = phraseStore(manifest, (name) => this.#read(this.#hant && name.startsWith('t/') ? `zh-Hant/${name}` : name));

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

  /**
   * The query in Simplified characters: its Traditional characters folded by the speech's own table (fold.json,
   * 1.8 KB gzip), fetched with the first query on the Traditional pages and, on the Simplified pages, only for a
   * query that finds nothing as typed. The build proves that folding never changes a Simplified query.
   */
  fold(query: string): Promise<string> {
    if (!HAN.test(query)) return Promise.resolve(query);
    return foldTableOnce().then((table) => (table ? fold(query, table) : Promise.reject(new Error('no fold table'))));
  }

  /** The first `limit` literal results in reading order, and how many there are: only their text is fetched. */
  async phrasePage(query: string, limit: number): Promise<PhrasePage> {
    if (this.#hant || foldTableAsked()) return searchPhrase(this.#store, await this.fold(query), limit);
    const page = await searchPhrase(this.#store, query, limit);
    if (page.total > 0 || !HAN.test(query)) return page;
    const folded = await this.fold(query);
    return folded === query ? page : searchPhrase(this.#store, folded, limit);
  }

  /** Phrases of the speech one or two characters off a query that has no literal result (您是不是要找). */
  async suggest(query: string): Promise<string[]> {
    return suggestPhrases(this.#store, await this.fold(query));
  }

  async related(query: string, found: PhraseResult[]): Promise<SearchTarget[]> {
    const words = wordQuery(await this.fold(query));
    if (!words) return [];
    const [ids, pagefind] = await Promise.all([this.#store.ids(), this.#loadPagefind()]);
    const { results } = await pagefind.search(words);
    const pages = await Promise.all(results.map((result) => result.data()));
    const related = relatedBlocks(pages, new Set(ids), new Set(found.map((r) => r.target.id)));
    const stored = await Promise.all(related.map((id) => this.#store.target(ids.indexOf(id))));
    return stored.map((s) => s.target);
  }
}
