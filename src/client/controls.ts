// Every control besides search, loaded by site.ts on the reader's first move (or at once when the address points
// into the page): the contents drawer, settings, the QR code dialog, and on the speech's pages the citation sheet, the selection link,
// the current-section marker and the highlight of a searched phrase.
import { HIGHLIGHT_PARAM } from '../search/params.ts';
import type { CiteTools } from './cite-tools.ts';
import './cite-tools.ts';
import './contents-menu.ts';
import './qr-code.ts';
import { startCurrentSection } from './current-section.ts';
import './selection-link.ts';
import './site-preferences.ts';
import { keepOffline } from './offline.ts';
import { startResumeReading } from './resume-reading.ts';

// The offline copy and 继续阅读 start with the reader's first move too: no script runs for reading alone.
keepOffline();
startResumeReading();

if (document.querySelector('[data-speech] .paragraph')) {
  startCurrentSection();
  // Opened from a search result (?mark=…#p12): highlight the phrase in the paragraph.
  const phrase = new URLSearchParams(location.search).get(HIGHLIGHT_PARAM);
  const search = document.querySelector<HTMLElement>('site-search');
  if (phrase && search)
    void import('./search-arrival.ts').then(({ highlightArrival }) => highlightArrival(search, phrase));
}

/** Opens the citation sheet for the paragraph number or link mark the reader followed. */
export function openCiteTools(link: HTMLElement) {
  document.querySelector<CiteTools>('cite-tools')?.open(link);
}
