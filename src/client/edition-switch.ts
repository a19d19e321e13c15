/**
 * The 简 / 繁 link leads to the same place in the other edition: its page (in the link), and the reader's ?q=, ?mark=
 * and #fragment, read at the moment of the click. Without this code the link still opens the other edition's page.
 * (The choice is remembered by public/preferences.js, which sends a later visit to the chosen edition.)
 */
export function start(): void {
  document.addEventListener(
    'click',
    (event) => {
      const link = event.target instanceof Element ? event.target.closest('a[data-edition-switch]') : null;
      if (link instanceof HTMLAnchorElement) link.href = link.pathname + location.search + location.hash;
    },
    { capture: true },
  );
}
