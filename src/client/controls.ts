// Every control besides search, which site.ts loads on the reader's first move (or at once when the address points
// into the page) and starts: the sidebar's drawer, the preferences, the QR code dialog, and on the speech's pages the citation
// sheet, the selection link, the current-section marker and the highlight of a searched phrase.
import { HIGHLIGHT_PARAM } from '../search/params.ts';
import controlsStyles from '../styles/controls.css?url';
import { stylesheet } from './stylesheet.ts';
import { CiteTools } from './cite-tools.ts';
import { ContentsMenu } from './contents-menu.ts';
import { QrCode } from './qr-code.ts';
import * as currentSection from './current-section.ts';
import { SelectionLink } from './selection-link.ts';
import { SitePreferences } from './site-preferences.ts';
import * as offline from './offline.ts';
import * as resumeReading from './resume-reading.ts';
import * as editionSwitch from './edition-switch.ts';

let styled: Promise<void> | undefined;

/** Defines the controls' elements, keeps the site offline, and on the speech's pages starts what follows the reading. */
export function start() {
  customElements.define('contents-menu', ContentsMenu);
  // The stylesheet of the controls this module builds (the preferences panel, the citation sheet, the selection link,
  // the 二维码 dialog, 继续阅读), which pages do not link. They are defined once it is there, so none ever shows
  // unstyled; a stylesheet that fails to load still lets them work.
  styled = stylesheet(controlsStyles).then(() => {
    customElements.define('site-preferences', SitePreferences);
    customElements.define('qr-code', QrCode);
    customElements.define('cite-tools', CiteTools);
    customElements.define('selection-link', SelectionLink);
    customElements.define('resume-reading', resumeReading.ResumeReading);
    // 继续阅读 starts with the reader's first move too: no script runs for reading alone.
    resumeReading.start();
  });
  offline.start();
  editionSwitch.start();
  if (!document.querySelector('[data-speech] .paragraph')) return;
  currentSection.start();
  // Opened from a search result (?mark=…#p12): highlight the phrase in the paragraph.
  const phrase = new URLSearchParams(location.search).get(HIGHLIGHT_PARAM);
  const search = document.querySelector<HTMLElement>('site-search');
  if (phrase && search) void import('./search-arrival.ts').then((arrival) => arrival.start(search, phrase));
}

/** Opens the citation sheet for the paragraph number or link mark the reader followed, once it can show. */
export async function openCiteTools(link: HTMLElement) {
  await styled;
  // After the link's own jump to its paragraph, which would otherwise take the focus from the sheet.
  await new Promise((resolve) => setTimeout(resolve));
  document.querySelector<CiteTools>('cite-tools')?.open(link);
}
