// Every control besides search, loaded by site.ts on the reader's first move (or at once when the address points
// into the page): the contents drawer, settings, the QR code dialog, and on the speech's pages the citation sheet, the selection link,
// the current-section marker and the highlight of a searched phrase.
import { HIGHLIGHT_PARAM } from '../search/params.ts';
import controlsStyles from '../styles/controls.css?url';
import { stylesheet } from './stylesheet.ts';
import { CiteTools } from './cite-tools.ts';
import './contents-menu.ts';
import { QrCode } from './qr-code.ts';
import { startCurrentSection } from './current-section.ts';
import { SelectionLink } from './selection-link.ts';
import { SitePreferences } from './site-preferences.ts';
import { keepOffline } from './offline.ts';
import { startEditionSwitch } from './edition-switch.ts';
import { ResumeReading, startResumeReading } from './resume-reading.ts';

// The stylesheet of the controls this module builds (the settings panel, the citation sheet, the selection link, the 二维码 dialog,
// 继续阅读), which pages do not link. They are defined once it is there, so none ever shows unstyled; a stylesheet
// that fails to load still lets them work.
const styled = stylesheet(controlsStyles).then(() => {
  customElements.define('site-preferences', SitePreferences);
  customElements.define('qr-code', QrCode);
  customElements.define('cite-tools', CiteTools);
  customElements.define('selection-link', SelectionLink);
  customElements.define('resume-reading', ResumeReading);
  // 继续阅读 starts with the reader's first move too: no script runs for reading alone.
  startResumeReading();
});

keepOffline();
startEditionSwitch();

if (document.querySelector('[data-speech] .paragraph')) {
  startCurrentSection();
  // Opened from a search result (?mark=…#p12): highlight the phrase in the paragraph.
  const phrase = new URLSearchParams(location.search).get(HIGHLIGHT_PARAM);
  const search = document.querySelector<HTMLElement>('site-search');
  if (phrase && search)
    void import('./search-arrival.ts').then(({ highlightArrival }) => highlightArrival(search, phrase));
}

/** Opens the citation sheet for the paragraph number or link mark the reader followed, once it can show. */
export async function openCiteTools(link: HTMLElement) {
  await styled;
  document.querySelector<CiteTools>('cite-tools')?.open(link);
}
