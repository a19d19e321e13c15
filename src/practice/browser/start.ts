import { foldPairs } from '../answer.ts';
import { PracticeRecite } from './recite.ts';
import { PracticeSession } from './session.ts';

// Where the build writes the fold table (src/search/fold.ts's FOLD_FILE below the phrase data).
const FOLD = 'phrase-data/fold.json';

/** Defines <practice-session> and <practice-recite>, and fetches the fold table its 填空 answers are compared with. */
export function start() {
  customElements.define('practice-session', PracticeSession);
  customElements.define('practice-recite', PracticeRecite);
  const session = document.querySelector<PracticeSession>('practice-session');
  void fetch(`${import.meta.env.BASE_URL.replace(/\/$/, '')}/${FOLD}`)
    .then((response) => (response.ok ? response.json() : ''))
    .then((pairs: string) => session && (session.foldTable = foldPairs(pairs)))
    .catch(() => {});
}
