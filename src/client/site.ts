// The one script every page loads. Reading needs none of it: it loads the other controls on the reader's first move
// (or at once when the address points into the page), and search when it is asked for. Their markup is the
// server's, or their own; the custom elements upgrade it when defined.
import { QUERY_PARAM } from '../search/params.ts';
import { isShortcut } from './shortcut.ts';
import { stylesheet } from './stylesheet.ts';
import dialogStyles from '../styles/search-dialog.css?url';

const WAKE = ['pointerover', 'pointerdown', 'focusin', 'scroll', 'selectionchange'] as const;
const controls = () => import('./controls.ts');
// Search's code and the dialog's styles are fetched side by side; the dialog shows once both are there.
let loading: Promise<typeof import('./site-search.ts')> | undefined;
const search = () =>
  (loading ??= Promise.all([import('./site-search.ts'), stylesheet(dialogStyles)]).then(
    ([code]) => code,
    (error: unknown) => {
      // Asked for again on the next key or click, as after a lost connection.
      loading = undefined;
      throw error;
    },
  ));
/** Opens search once its code is there; if the code cannot come, the #search link still leads to the no-JS hint. */
const showSearch = () =>
  search().then(
    ({ openSearch }) => openSearch(),
    () => (location.hash = '#search'),
  );

/** The element the event happened on, or inside, that matches `selector`. */
const hit = (event: Event, selector: string) =>
  event.target instanceof Element ? event.target.closest<HTMLElement>(selector) : null;

function wake(event?: Event) {
  // Focus and typing in search's field are not a move: the controls would compete with the search for the network.
  if (/^(focusin|selectionchange)$/.test(event?.type ?? '') && document.activeElement?.closest('site-search')) return;
  for (const type of WAKE) document.removeEventListener(type, wake, true);
  void controls();
}

// A control the reader opened before this script ran (the settings, whose panel the controls build) wakes them too.
// #search asks for search alone: the other controls wait for a move, off search's network.
if ((location.hash && location.hash !== '#search') || document.querySelector('details[open]')) wake();
else for (const type of WAKE) document.addEventListener(type, wake, { capture: true, passive: true });

document.addEventListener('click', (event) => {
  // A paragraph number or link mark is a permanent link: following it also opens the citation sheet, once its code
  // is there, so the first tap works even while the code is still on its way.
  // The header's 朗读 and 关怀模式 buttons ([data-act]) are kept the same way.
  const link = hit(event, '[data-speech] :is(.paragraph-number, .permalink), [data-act]');
  if (link) void controls().then(({ act }) => act(link));
  // The search control is a #search link: clicked before this script ran, it leaves #search in the address, which
  // search honours when it lands.
  // A click with a modifier key (a new tab, a new window) is the browser's.
  const modified = event.ctrlKey || event.metaKey || event.shiftKey || event.altKey || event.button !== 0;
  if (hit(event, '.search-open') && !modified) {
    event.preventDefault();
    void showSearch();
  }
});

// Search's keys; Shift+letter keys are the reading aids' (src/client/aid-keys.ts), in the controls.
document.addEventListener('keydown', (event) => {
  if (event.shiftKey) void controls().then(({ press }) => press(event));
  if (!isShortcut(event)) return;
  event.preventDefault();
  void showSearch();
});

// Pointing at or focusing the search control fetches search's code ahead of the click.
for (const type of ['pointerover', 'focusin'])
  document.addEventListener(type, (event) => void (hit(event, '.search-open') && search().catch(() => {})), {
    passive: true,
  });

// ?q= asks for a search; #search is the search link followed before this script ran.
if (location.hash === '#search' || new URLSearchParams(location.search).has(QUERY_PARAM)) void search().catch(() => {});
