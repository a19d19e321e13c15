// 阅读辅助线: a band across the screen under the line the reader points at, or under the sentence being read.
import { build } from '../../shell/dom.ts';
import { CHANGED } from './site-preferences.ts';

/** The event 朗读 fires on document with the top of the sentence it reads (viewport px), or null when it stops. */
export const READING_AT = 'reading-at';

let guide: HTMLElement | undefined;

/** Moves the band to `y` (viewport px) when 阅读辅助线 is on. */
function place(y: number | null) {
  if (!document.documentElement.hasAttribute('data-guide') || y === null) {
    if (guide) guide.hidden = true;
    return;
  }
  guide ??= document.body.appendChild(build('div', { class: 'reading-guide', 'aria-hidden': 'true' }));
  guide.hidden = false;
  guide.style.translate = `0 ${Math.round(y)}px`;
}

/** Follows the pointer and 朗读's sentence (the reading-at event); idle while the switch is off. */
export function start() {
  document.addEventListener('pointermove', (event) => event.pointerType === 'mouse' && place(event.clientY), {
    passive: true,
  });
  document.addEventListener(READING_AT, (event) => place((event as CustomEvent<number | null>).detail));
  // The keyboard moves it too: it goes under the control or link that takes the focus.
  document.addEventListener('focusin', (event) => {
    if (event.target instanceof Element && event.target !== document.body)
      place(event.target.getBoundingClientRect().bottom);
  });
  // Switched on, it shows a third of the way down until the pointer or the voice moves it; off, it goes.
  let on = document.documentElement.hasAttribute('data-guide');
  document.addEventListener(CHANGED, () => {
    const now = document.documentElement.hasAttribute('data-guide');
    if (now !== on) place(now ? innerHeight / 3 : null);
    on = now;
  });
}
