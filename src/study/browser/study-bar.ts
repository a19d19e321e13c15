// Where the selection bar stands: only its position, never its buttons (study-actions.ts) or the passage's sheet.
import { followSelection } from '../../shell/speech-selection.ts';

const pointer = (kind: 'coarse' | 'fine') => matchMedia(`(pointer: ${kind})`).matches;

/**
 * On a fine pointer the bar stands just below the selection (above it when there is no room); on a touch screen it
 * stays at the foot of the screen, clear of the browser's own selection menu, and the page scrolls if it would
 * cover the selected words.
 */
export function placeBar(bar: HTMLElement) {
  const selection = getSelection();
  if (bar.hidden || !selection || selection.isCollapsed || selection.rangeCount === 0) return;
  const words = selection.getRangeAt(0).getBoundingClientRect();
  const viewport = visualViewport ?? { height: innerHeight, width: innerWidth, offsetTop: 0 };
  if (!pointer('fine')) {
    bar.classList.remove('study-near');
    const top = bar.getBoundingClientRect().top;
    if (words.bottom > top - 8 && words.height < top - 80)
      scrollBy({ top: words.bottom - top + 16, behavior: 'instant' });
    return;
  }
  const height = bar.offsetHeight;
  const header = document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0;
  const below = words.bottom + 8;
  const above = words.top - 8 - height;
  // Words off screen, or no room either side: the bar stays at the foot of the screen.
  const fits = (y: number) => y >= header && y + height <= viewport.height;
  const y = fits(below) ? below : fits(above) ? above : undefined;
  bar.classList.toggle('study-near', y !== undefined);
  if (y === undefined) return;
  const width = bar.offsetWidth;
  const x = Math.min(Math.max(8, words.left + words.width / 2 - width / 2), viewport.width - width - 8);
  bar.style.setProperty('--study-top', `${Math.round(y)}px`);
  bar.style.setProperty('--study-left', `${Math.round(x)}px`);
}

/** Keeps the bar beside the selection: once the selection is still, and (on a fine pointer) as the page scrolls. */
export function positionBar(bar: HTMLElement) {
  let quiet: ReturnType<typeof setTimeout> | undefined;
  followSelection((pieces) => {
    if (pieces.length === 0) return;
    // iOS fires selectionchange all through a handle's drag: place the bar once the selection is still.
    clearTimeout(quiet);
    quiet = setTimeout(() => requestAnimationFrame(() => placeBar(bar)), pointer('coarse') ? 350 : 0);
  });
  addEventListener('scroll', () => pointer('fine') && !bar.hidden && requestAnimationFrame(() => placeBar(bar)), {
    passive: true,
  });
}
