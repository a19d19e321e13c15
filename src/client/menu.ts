// The phone menu is a <details>: it opens and closes by keyboard without this script. This adds Esc to close it,
// and closes it when the reader follows a link inside it, so the target is not hidden under the open menu.
export function startMenu() {
  const menu = document.querySelector<HTMLDetailsElement>('details.sidebar');
  const button = menu?.querySelector('summary');
  if (!menu || !button) return;
  const isMenu = () => getComputedStyle(button).display !== 'none';
  menu.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !menu.open || !isMenu()) return;
    menu.open = false;
    button.focus();
  });
  menu.addEventListener('click', (event) => {
    if ((event.target as Element).closest('a') && isMenu()) menu.open = false;
  });
}
