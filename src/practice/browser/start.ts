import { foldTableOnce } from '../../search/browser/fold.ts';
import { PracticeRecite } from './recite.ts';
import { PracticeSession } from './session.ts';

/** Defines <practice-session> and <practice-recite>, and fetches the fold table its 填空 answers are compared with. */
export function start() {
  customElements.define('practice-session', PracticeSession);
  customElements.define('practice-recite', PracticeRecite);
  const session = document.querySelector<PracticeSession>('practice-session');
  void foldTableOnce().then((table) => session && table && (session.foldTable = table));
}
