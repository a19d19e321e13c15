// The one script every page loads. Reading needs none of it: it is a table of what loads on which event. Each module
// it loads exports start(), which does the work: importing one does nothing.
import { QUERY_PARAM } from '../search/params.ts';
import { isShortcut } from './shortcut.ts';
import type { STORAGE_KEYS } from './storage.ts';

type Module = { start(): void };
/** A module loaded and started once; a failed load is forgotten, so the next event asks again (a lost connection). */
const once = <M extends Module>(load: () => Promise<M>) => {
  let loading: Promise<M> | undefined;
  return () =>
    (loading ??= load().then(
      (module) => (module.start(), module),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
};
// Every control besides search (the sidebar's drawer, the preferences, the citation sheet, the QR code, 继续阅读, offline).
const controls = once(() => import('./controls.ts'));
// Search's code and the dialog's styles are fetched side by side; the dialog shows once both are there. The
// stylesheet loader and the styles' address come with them, not in this script: its bytes are the scarcest.
const dialog = () => import('./stylesheet.ts').then((loader) => loader.searchStyles());
const search = once(() => Promise.all([import('../search/browser/site-search.ts'), dialog()]).then(([code]) => code));
/** Opens search once its code is there; if the code cannot come, the #search link still leads to the no-JS hint. */
const openSearch = () =>
  search().then(
    ({ openSearch }) => openSearch(),
    () => (location.hash = '#search'),
  );

/** The element the event happened on, or inside, that matches `selector` (the document, a target too, has no closest). */
const hit = (event: Event, selector: string) => (event.target as Element).closest?.<HTMLElement>(selector);
const SEARCH_LINK = '.search-open';
// A click with a modifier key (a new tab, a new window) is the browser's.
const plain = (event: MouseEvent) =>
  !(event.ctrlKey || event.metaKey || event.shiftKey || event.altKey || event.button);

// event                                   what loads (and then what it does)
const TABLE: [string, (event: never) => unknown][] = [
  // The reader's first move: every control besides search. Focus and typing in search's field are not a move: the
  // controls would compete with the search for the network.
  [
    'pointerover pointerdown focusin scroll selectionchange',
    (event: Event) =>
      (/^(f|se)/.test(event.type) && document.activeElement?.closest('site-search')) || controls().catch(() => {}),
  ],
  // A paragraph number or link mark is a permanent link: following it also opens the citation sheet, once its code
  // is there, so the first tap works even while the code is still on its way.
  [
    'click',
    (event: MouseEvent) => {
      // The header's 朗读 and 关怀模式 ([data-act]) are kept the same way.
      const link = hit(event, '[data-speech] :is(.paragraph-number,.permalink),[data-act]');
      if (link) void controls().then(({ act }) => act(link));
    },
  ],
  // The search link (a #search link without scripts), `/` or Ctrl/⌘+K: search, opened.
  [
    'click keydown',
    (event: MouseEvent & KeyboardEvent) => {
      if (!(event.type[0] == 'k' ? isShortcut(event) : hit(event, SEARCH_LINK) && plain(event))) return;
      event.preventDefault();
      void openSearch();
    },
  ],
  // Shift and a letter: the reading aids' keys (src/preferences/browser/aid-keys.ts), with the controls.
  ['keydown', (event: KeyboardEvent) => event.shiftKey && controls().then(({ press }) => press(event))],
  // Pointing at or focusing the search link: search's code, ahead of the click.
  ['pointerover focusin', (event: Event) => hit(event, SEARCH_LINK) && search().catch(() => {})],
];
for (const [types, handler] of TABLE)
  for (const type of types.split(' ')) document.addEventListener(type, handler as EventListener, true);

// The study records' key, written out: importing the table would add a file to every page's first load. The type
// checker holds it to the table's.
const STUDY_KEY: (typeof STORAGE_KEYS)['studyRecords'] = 'liaoning-speech:study:v1';
/** This device holds saved passages (storage that cannot be read holds none). */
const studied = () => {
  try {
    return !!localStorage.getItem(STUDY_KEY);
  } catch {
    return false;
  }
};

// On arrival. The address points into the page, a control was opened before this script ran (the preferences, whose
// panel the controls build), or the reader has saved passages (seen at once, and in a print made before any move):
// the controls at once. #search (the search link followed before this script ran) or ?q=:
// search, which honours them when it lands; the other controls wait for a move, off search's network.
if ((location.hash && location.hash != '#search') || document.querySelector('details[open]') || studied())
  void controls();
if (location.hash == '#search' || new URLSearchParams(location.search).has(QUERY_PARAM)) void search().catch(() => {});
