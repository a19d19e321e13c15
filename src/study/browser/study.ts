// The study tools on a page of the speech, loaded by the controls module on the first selection inside the speech
// (or at once when this device holds saved passages): the painted highlights, the study buttons in the selection
// bar (src/shell/selection-bar.ts, which places them), and the sheet a tapped highlight opens. Nothing runs on import.
import studyStyles from '../study.css?url';
import { PARAGRAPH } from '../../shell/speech-selection.ts';
import { stylesheet } from '../../shell/stylesheet.ts';
import { placedAt } from './study-paint.ts';
import { Study } from './study-session.ts';
import { addActions } from './study-actions.ts';
import type { SelectionBar } from '../../shell/selection-bar.ts';

let started = false;

/** Paints the saved passages and adds the study buttons to the selection bar; a tap on a passage opens it. */
export async function start() {
  if (started || !document.querySelector(PARAGRAPH)) return;
  started = true;
  // The whole text (/full/) paints its marks as <mark> (which print in every engine) with the 想法 beside them.
  const whole = document.querySelector('[data-whole]') ? await import('./full-page.ts') : undefined;
  const current = new Study(whole?.paintWhole);
  await stylesheet(studyStyles);
  // The selection link's button is in the bar once it is defined; the study buttons stand before it.
  await customElements.whenDefined('selection-bar');
  const bar = document.querySelector<SelectionBar>('selection-bar');
  if (bar) {
    addActions(current, bar);
    bar.place();
  }
  document.addEventListener('click', (event) => {
    if (!(event.target instanceof Element) || !event.target.closest(PARAGRAPH)) return;
    if (event.target.closest('a') || !getSelection()?.isCollapsed) return;
    const placed = placedAt(current.placed, event.clientX, event.clientY);
    if (placed) current.editor.open(placed, null);
  });
}
