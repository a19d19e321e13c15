// What a page of the speech adds once the reader reaches for it: the citation sheet, the selection link and the
// marker of the section being read. Loaded by site.ts on the reader's first move or first click on a link mark.
import type { CiteTools } from './cite-tools.ts';
import './cite-tools.ts';
import './selection-link.ts';
import { startCurrentSection } from './current-section.ts';

startCurrentSection();

/** Opens the citation sheet for the paragraph number or link mark the reader followed. */
export function openCiteTools(link: HTMLElement) {
  document.querySelector<CiteTools>('cite-tools')?.open(link);
}
