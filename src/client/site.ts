// The one script every page loads. Reading needs none of it. It defines <site-search>, so that search opens at
// once from its button or keys, and loads the other controls (settings, the phone's contents menu, and on the
// speech's pages the citation sheet and the current-section marker) on the reader's first move, or at once when
// the address points into the page. Their markup is the server's; the custom elements upgrade it when defined.
import './site-search.ts';

const WAKE = ['pointerover', 'pointerdown', 'focusin', 'scroll', 'selectionchange'] as const;
const speechTools = () => import('./speech-tools.ts');

function wake() {
  for (const type of WAKE) document.removeEventListener(type, wake, true);
  void import('./controls.ts');
  if (document.querySelector('cite-tools')) void speechTools();
}

if (location.hash) wake();
else for (const type of WAKE) document.addEventListener(type, wake, { capture: true, passive: true });

// A paragraph number or link mark is a permanent link: following it also opens the citation sheet, once its code is
// there, so the first tap works even while the code is still on its way.
document.addEventListener('click', (event) => {
  const link =
    event.target instanceof Element ? event.target.closest<HTMLElement>('.paragraph-number, .permalink') : null;
  if (link?.closest('[data-speech]')) void speechTools().then(({ openCiteTools }) => openCiteTools(link));
});
