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
import { SitePreferences, showCare, toggle } from './site-preferences.ts';
import { keepOffline } from './offline.ts';
import { ResumeReading, startResumeReading } from './resume-reading.ts';
import { startReadingGuide } from './reading-guide.ts';
import { PREFERENCE_KEYS } from '../site/preferences.ts';
export { press } from './aid-keys.ts';

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
showCare();

// Safari on iOS lets a page speak only after a speak() inside the reader's tap: an empty one, made in the tap itself,
// before 朗读's code arrives (which then cancels it).
let unlocked = false;
document.addEventListener(
  'click',
  (event) => {
    const engine = (window as { speechSynthesis?: SpeechSynthesis }).speechSynthesis;
    if (unlocked || !engine || typeof window.SpeechSynthesisUtterance !== 'function') return;
    if (!(event.target instanceof Element && event.target.closest('[data-act="read"], [data-read-from]'))) return;
    unlocked = true;
    engine.speak(new SpeechSynthesisUtterance(''));
  },
  true,
);
startReadingGuide();

if (document.querySelector('[data-speech] .paragraph')) {
  startCurrentSection();
  // Opened from a search result (?mark=…#p12): highlight the phrase in the paragraph.
  const phrase = new URLSearchParams(location.search).get(HIGHLIGHT_PARAM);
  const search = document.querySelector<HTMLElement>('site-search');
  if (phrase && search)
    void import('./search-arrival.ts').then(({ highlightArrival }) => highlightArrival(search, phrase));
}

/** 朗读, loaded on the first ask: from a block (从这里朗读), or the header's button. */
export const readAloud = (from?: Element) => import('./read-aloud.ts').then(({ start }) => start({ from }));

/**
 * Acts on a click that site.ts kept: the header's 朗读 or 关怀模式 ([data-act]), or a paragraph number or link mark,
 * which opens the citation sheet once it can show.
 */
export async function act(link: HTMLElement) {
  if (link.dataset.act === 'read') return readAloud();
  if (link.dataset.act === 'care') return toggle(PREFERENCE_KEYS.care);
  await styled;
  document.querySelector<CiteTools>('cite-tools')?.open(link);
}
