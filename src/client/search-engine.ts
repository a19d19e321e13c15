import type { SearchTarget } from '../search/targets.ts';
import { wordQuery } from '../search/normalise.ts';
import { findPhrase, prepare, type PhraseResult, type PreparedSpeech } from '../search/phrase.ts';
import { relatedBlocks, type WordMatches } from '../search/related.ts';

/** The part of Pagefind's JS API this search uses. */
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<WordMatches> }[] }>;
}

export interface Found {
  /** Blocks that contain the whole phrase, in reading order. */
  phrase: PhraseResult[];
  /** Blocks Pagefind matched word by word that do not contain the phrase, best first. */
  related: SearchTarget[];
}

/** The two layers of search: the phrase layer on the speech's own targets, and Pagefind's word index after it. */
export class SearchEngine {
  #speech?: Promise<PreparedSpeech>;
  #pagefind?: Promise<Pagefind>;

  constructor(
    private targetsUrl: string,
    private pagefindBase: string,
  ) {}

  #loadSpeech() {
    this.#speech ??= fetch(this.targetsUrl)
      .then((response) =>
        response.ok ? response.json() : Promise.reject(new Error(`${this.targetsUrl}: ${response.status}`)),
      )
      .then((targets: SearchTarget[]) => prepare(targets))
      .catch((error: unknown) => {
        // Forget the failure, so that the next query tries again.
        this.#speech = undefined;
        throw error;
      });
    return this.#speech;
  }

  #loadPagefind() {
    this.#pagefind ??= (async () => {
      const pagefind = (await import(/* @vite-ignore */ `${this.pagefindBase}pagefind.js`)) as Pagefind;
      // Four pages need no worker thread: one file fewer to fetch (43 KB) and no worker-src in the CSP.
      await pagefind.options({ basePath: this.pagefindBase, noWorker: true });
      return pagefind;
    })();
    return this.#pagefind;
  }

  async phrase(query: string): Promise<PhraseResult[]> {
    return findPhrase(await this.#loadSpeech(), query);
  }

  async related(query: string, found: PhraseResult[]): Promise<SearchTarget[]> {
    const words = wordQuery(query);
    if (!words) return [];
    const [speech, pagefind] = await Promise.all([this.#loadSpeech(), this.#loadPagefind()]);
    const { results } = await pagefind.search(words);
    const pages = await Promise.all(results.map((result) => result.data()));
    const byId = new Map(speech.targets.map((target) => [target.id, target]));
    const ids = relatedBlocks(pages, new Set(byId.keys()), new Set(found.map((r) => r.target.id)));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  async find(query: string): Promise<Found> {
    const phrase = await this.phrase(query);
    return { phrase, related: await this.related(query, phrase) };
  }
}
