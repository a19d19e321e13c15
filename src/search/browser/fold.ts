import { PHRASE_DATA } from '../phrase-files.ts';
import { FOLD_FILE, fold, foldTable } from '../fold.ts';

let table: Promise<Map<string, string> | undefined> | undefined;

/**
 * The fold table (Traditional → Simplified for this speech, see SearchEngine.fold), fetched once for the search, its
 * arrival marks and the study tools, and only when a page meets the other script: a query, a phrase searched in it,
 * or a passage saved in the other edition. None if it cannot come (asked again next time).
 */
export function foldTableOnce(): Promise<Map<string, string> | undefined> {
  // The base from Vite's constant, not urls.ts: sharing that module with search would add a chunk to site.ts's preload list.
  table ??= fetch(`${import.meta.env.BASE_URL.replace(/\/$/, '')}/${PHRASE_DATA}${FOLD_FILE}`)
    .then((response) => (response.ok ? (response.json() as Promise<string>) : Promise.reject()))
    .then(foldTable, () => {
      table = undefined;
      return undefined;
    });
  return table;
}

/** Whether the table has been asked for (and has not failed): then search folds every query before it looks. */
export const foldTableAsked = () => table !== undefined;

/** The fold as a function of text, once its table is here. */
export const folding = () => foldTableOnce().then((pairs) => pairs && ((text: string) => fold(text, pairs)));
