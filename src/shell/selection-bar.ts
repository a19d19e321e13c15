// The bar over a selection in the speech (an empty <selection-bar> in the page). It only stands: beside the
// selection, or at the foot of the screen on touch. Its controls are the features' own, added as its children: the
// selection link (src/citation/browser/selection-link.ts) and the study tools (src/study/browser/study-actions.ts).
import { followSelection, type Piece } from './speech-selection.ts';

const pointer = (kind: 'coarse' | 'fine') => matchMedia(`(pointer: ${kind})`).matches;

/**
 * On a fine pointer the bar stands just below the selection (above it when there is no room); on a touch screen it
 * stays at the foot of the screen, clear of the browser's own selection menu, and the page scrolls if it would
 * cover the selected words.
 */
function placeBar(bar: HTMLElement) {
  const selection = getSelection();
  if (bar.hidden || !selection || selection.isCollapsed || selection.rangeCount === 0) return;
  const words = selection.getRangeAt(0).getBoundingClientRect();
  const viewport = visualViewport ?? { height: innerHeight, width: innerWidth, offsetTop: 0 };
  if (!pointer('fine')) {
    bar.classList.remove('bar-near');
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
  bar.classList.toggle('bar-near', y !== undefined);
  if (y === undefined) return;
  const width = bar.offsetWidth;
  const x = Math.min(Math.max(8, words.left + words.width / 2 - width / 2), viewport.width - width - 8);
  bar.style.setProperty('--bar-top', `${Math.round(y)}px`);
  bar.style.setProperty('--bar-left', `${Math.round(x)}px`);
}

/** Shows after a selection in the speech, right after its last paragraph (so its controls follow it in tab order). */
export class SelectionBar extends HTMLElement {
  #ready = false;
  #quiet: ReturnType<typeof setTimeout> | undefined;

  // Runs again each time the bar is moved beside another paragraph; wire it once.
  connectedCallback() {
    if (this.#ready) return;
    this.#ready = true;
    // A selection may be what loaded this code: it is followed from now.
    followSelection((pieces) => this.#follow(pieces));
    addEventListener('scroll', () => pointer('fine') && !this.hidden && requestAnimationFrame(() => placeBar(this)), {
      passive: true,
    });
  }

  /** Stands beside the selection again, once it is still (after a feature has added its controls, say). */
  place() {
    // iOS fires selectionchange all through a handle's drag: the bar is placed once the selection is still.
    clearTimeout(this.#quiet);
    this.#quiet = setTimeout(() => requestAnimationFrame(() => placeBar(this)), pointer('coarse') ? 350 : 0);
  }

  #follow(pieces: Piece[]) {
    const paragraph = pieces.at(-1)?.paragraph;
    if (!paragraph) {
      if (!this.contains(document.activeElement)) this.hidden = true;
      return;
    }
    if (paragraph.nextElementSibling !== this) paragraph.after(this);
    this.hidden = false;
    this.place();
  }
}
