// The sidebar (a <details class="sidebar">) holds the contents (目录); on phones it is shown as a drawer, which opens
// and closes without this script (its summary is the header's contents button and, opened, the close button). This
// adds what a drawer should do: close on Esc, on a tap on the backdrop or on following a link; keep Tab inside while
// open; show the current entry. (Class names in the page: .sidebar-toc is the sidebar's contents.)
export class ContentsMenu extends HTMLElement {
  connectedCallback() {
    const sidebar = this.querySelector('details');
    const summary = sidebar?.querySelector('summary');
    if (!sidebar || !summary) return;
    // On wide screens the list is always shown and the summary hidden: there is no drawer.
    const isDrawer = () => getComputedStyle(summary).display !== 'none';
    // Wide screens show the closed <details>' list through ::details-content; a browser without it gets it opened.
    if (!isDrawer() && !CSS.supports('selector(::details-content)')) sidebar.open = true;
    const close = () => {
      sidebar.open = false;
      summary.focus();
    };
    sidebar.addEventListener('toggle', () => {
      if (!sidebar.open || !isDrawer()) return;
      const current = sidebar.querySelector('.sidebar-toc a[aria-current="true"], .sidebar-toc a[aria-current="page"]');
      current?.scrollIntoView({ block: 'center' });
    });
    sidebar.addEventListener('keydown', (event) => {
      if (!sidebar.open || !isDrawer()) return;
      if (event.key === 'Escape') close();
      if (event.key === 'Tab') this.#keepFocus(sidebar, summary, event);
    });
    sidebar.addEventListener('click', (event) => {
      if (!isDrawer() || !(event.target instanceof Element)) return;
      // The backdrop is the drawer's own ::before: a click on it lands on the <details> itself.
      if (event.target === sidebar) close();
      else if (event.target.closest('a')) sidebar.open = false;
    });
  }

  /** Tab from the last link goes back to the close button, Shift+Tab from it to the last link. */
  #keepFocus(sidebar: HTMLDetailsElement, summary: HTMLElement, event: KeyboardEvent) {
    const stops = [
      summary,
      ...[...sidebar.querySelectorAll<HTMLElement>('.sidebar-body a, .sidebar-body summary')].filter(
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
