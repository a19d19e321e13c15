// The phone's table of contents is a <details>: it opens and closes by keyboard without this script. This adds Esc
// to close it, and closes it when the reader follows a link inside it, so the target is not hidden under it.
class ContentsMenu extends HTMLElement {
  connectedCallback() {
    const menu = this.querySelector('details');
    const button = menu?.querySelector('summary');
    if (!menu || !button) return;
    // On wide screens the list is always shown and the summary hidden: there is no menu to close.
    const isMenu = () => getComputedStyle(button).display !== 'none';
    menu.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || !menu.open || !isMenu()) return;
      menu.open = false;
      button.focus();
    });
    menu.addEventListener('click', (event) => {
      if (event.target instanceof Element && event.target.closest('a') && isMenu()) menu.open = false;
    });
  }
}

customElements.define('contents-menu', ContentsMenu);
