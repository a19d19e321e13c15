// The one script every page loads. Reading needs none of it. It defines <site-search>, so that search opens at
// once from its button or keys, and loads the other controls on the reader's first move, or at once when the
// address points into the page. Their markup is the server's; the custom elements upgrade it when defined.
import './site-search.ts';

const WAKE = ['pointerover', 'pointerdown', 'focusin', 'scroll', 'selectionchange'] as const;
const controls = () => import('./controls.ts');

function wake() {
  for (const type of WAKE) document.removeEventListener(type, wake, true);
  void controls();
}

// A control the reader opened before this script ran (the settings, whose panel the controls build) wakes them too.
if (location.hash || document.querySelector('details[open]')) wake();
else for (const type of WAKE) document.addEventListener(type, wake, { capture: true, passive: true });

// A paragraph number or link mark is a permanent link: following it also opens the citation sheet, once its code is
// there, so the first tap works even while the code is still on its way.
document.addEventListener('click', (event) => {
  const link =
    event.target instanceof Element
      ? event.target.closest<HTMLElement>('[data-speech] :is(.paragraph-number, .permalink)')
      : null;
  if (link) void controls().then(({ openCiteTools }) => openCiteTools(link));
});
