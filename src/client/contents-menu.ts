// On phones the table of contents is a <details> shown as a drawer: it opens and closes without this script (its
// summary is the header's contents button and, opened, the close button). This adds what a drawer should do: close
// on Esc, on a tap on the backdrop or on following a link; keep Tab inside while open; show the current entry.
export class ContentsMenu extends HTMLElement {
  connectedCallback() {
    const menu = this.querySelector('details');
    const button = menu?.querySelector('summary');
    if (!menu || !button) return;
    // On wide screens the list is always shown and the summary hidden: there is no drawer.
    const isDrawer = () => getComputedStyle(button).display !== 'none';
    // Wide screens show the closed <details>' list through ::details-content; a browser without it gets it opened.
    if (!isDrawer() && !CSS.supports('selector(::details-content)')) menu.open = true;
    const close = () => {
      menu.open = false;
      button.focus();
    };
    menu.addEventListener('toggle', () => {
      if (!menu.open || !isDrawer()) return;
      const current = menu.querySelector('.sidebar-toc a[aria-current="true"], .sidebar-toc a[aria-current="page"]');
      current?.scrollIntoView({ block: 'center' });
    });
    menu.addEventListener('keydown', (event) => {
      if (!menu.open || !isDrawer()) return;
      if (event.key === 'Escape') close();
      if (event.key === 'Tab') this.#keepFocus(menu, button, event);
    });
    menu.addEventListener('click', (event) => {
      if (!isDrawer() || !(event.target instanceof Element)) return;
      // The backdrop is the drawer's own ::before: a click on it lands on the <details> itself.
      if (event.target === menu) close();
      else if (event.target.closest('a')) menu.open = false;
    });
  }

  /** Tab from the last link goes back to the close button, Shift+Tab from it to the last link. */
  #keepFocus(menu: HTMLDetailsElement, button: HTMLElement, event: KeyboardEvent) {
    const stops = [
      button,
      ...[...menu.querySelectorAll<HTMLElement>('.sidebar-body a, .sidebar-body summary')].filter(
        (el) => el.getClientRects().length > 0,
      ),
    ];
    const first = stops[0];
    const last = stops.at(-1);
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  }
}
