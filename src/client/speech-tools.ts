// What a page of the speech adds once the reader reaches for it: the citation sheet, the selection link and the
// marker of the section being read. Loaded by site.ts on the reader's first move or first click on a link mark.
import type { CiteTools } from './cite-tools.ts';
import './cite-tools.ts';
import './selection-link.ts';
import { startCurrentSection } from './current-section.ts';
import { HIGHLIGHT_PARAM } from '../search/params.ts';

startCurrentSection();

// Opened from a search result (?mark=…#p12): highlight the phrase in the paragraph.
const phrase = new URLSearchParams(location.search).get(HIGHLIGHT_PARAM);
const search = document.querySelector<HTMLElement>('site-search');
if (phrase && search)
  void import('./search-arrival.ts').then(({ highlightArrival }) => highlightArrival(search, phrase));

/** Opens the citation sheet for the paragraph number or link mark the reader followed. */
export function openCiteTools(link: HTMLElement) {
  document.querySelector<CiteTools>('cite-tools')?.open(link);
}
