// The one script every page loads, and all of it that runs before the reader does anything: reading needs no
// script. The controls (menu, settings, search, citation tools, the section marker) load on the reader's first
// pointer move, touch, key, focus, scroll or selection, or at once when the address asks for a place or a search.
import { isShortcut } from './shortcut.ts';

const WAKE = ['pointerover', 'pointerdown', 'touchstart', 'keydown', 'focusin', 'scroll', 'selectionchange'];
let started: Promise<void> | undefined;
let ready = false;
let searchWanted = false;
const clicked: HTMLElement[] = [];

function start(): Promise<void> {
  started ??= import('./interactive.ts').then(({ start }) => {
    start();
    ready = true;
    document.removeEventListener('click', holdClick, true);
    // Hand the dialog opened here to the search control, unless the reader has already closed it again.
    const searchOpen = document.querySelector<HTMLDialogElement>('.search-dialog')?.open;
    for (const button of clicked.splice(0)) if (searchOpen || !button.matches('.search-open')) button.click();
    if (searchWanted && searchOpen)
      void document.querySelector<HTMLElement & { open: () => Promise<void> }>('site-search')?.open();
  });
  return started;
}

// The search dialog is already in the page: open it at once, so that what the reader types next is not lost
// while the search code loads; the control takes over the same field when it arrives.
function openSearch() {
  const dialog = document.querySelector<HTMLDialogElement>('.search-dialog');
  if (!dialog || dialog.open) return;
  dialog.showModal();
  const input = dialog.querySelector('input')!;
  input.focus();
  // Pinyin may start before the search code arrives: note it on the field, so no query runs until it ends.
  input.addEventListener('compositionstart', () => (input.dataset.composing = ''));
  input.addEventListener('compositionend', () => delete input.dataset.composing);
}

// A click that lands while the controls are still loading is given again once they are there.
function holdClick(event: Event) {
  const button = (event.target as Element).closest?.<HTMLElement>('button');
  if (!button) return;
  clicked.push(button);
  if (button.matches('.search-open')) openSearch();
}

function wake(event: Event) {
  for (const type of WAKE) document.removeEventListener(type, wake, true);
  document.addEventListener('click', holdClick, true);
  void start().then(() => {
    if (event.type === 'selectionchange') document.dispatchEvent(new Event('selectionchange'));
    else if (event.type === 'pointerover' || event.type === 'focusin')
      event.target?.dispatchEvent(new Event(event.type, { bubbles: true }));
  });
}

// Until the search control is there, its keys open the dialog from here (Ctrl+K is two key presses).
document.addEventListener(
  'keydown',
  (event) => {
    if (ready || !isShortcut(event)) return;
    event.preventDefault();
    searchWanted = true;
    openSearch();
    void start();
  },
  true,
);

if (location.hash || /[?&](q|mark)=/.test(location.search)) void start();
else for (const type of WAKE) document.addEventListener(type, wake, { capture: true, passive: false });
