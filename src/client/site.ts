// The one script every page loads. Reading needs none of it. It defines <site-search>, so that search opens at
// once from its button or keys, and loads the other controls (settings, the phone's contents menu, and on the
// speech's pages the citation tools and the current-section marker) on the reader's first move, or at once when
// the address points into the page. Their markup is the server's; the custom elements upgrade it when defined.
import './site-search.ts';

const WAKE = ['pointerover', 'pointerdown', 'focusin', 'scroll', 'selectionchange'] as const;

function wake() {
  for (const type of WAKE) document.removeEventListener(type, wake, true);
  void import('./controls.ts');
  if (document.querySelector('cite-tools')) void import('./speech-tools.ts');
}

if (location.hash) wake();
else for (const type of WAKE) document.addEventListener(type, wake, { capture: true, passive: true });

// Once the page has loaded: the offline copy and the reader's place, which reading itself does not need.
addEventListener('load', () => void import('./after-load.ts'));
