import { STORAGE_KEYS, store } from '../../shell/storage.ts';

/** Remembers the edition a reader chose: the pre-paint script (src/preferences/preferences.ts) sends later visits there. */
// Without storage the choice is not remembered; the link still leads to the other edition.
const remember = (lang: string) => store(STORAGE_KEYS.edition, lang);

/**
 * The 简 / 繁 link leads to the same place in the other edition: its page (in the link), and the reader's ?q=, ?mark=
 * and #fragment, read at the moment of the click; the choice is remembered then, and again on a page reached through
 * the link (its referrer is its twin), for a click that came before this code. Without this code the link still
 * opens the other edition's page.
 */
export function start(): void {
  const twin = document.documentElement.dataset.twin;
  if (twin && document.referrer.startsWith(location.origin + twin)) remember(document.documentElement.lang);
  document.addEventListener(
    'click',
    (event) => {
      const link = event.target instanceof Element ? event.target.closest('a[data-edition-switch]') : null;
      if (!(link instanceof HTMLAnchorElement)) return;
      link.href = link.pathname + location.search + location.hash;
      remember(link.hreflang);
    },
    { capture: true },
  );
}
