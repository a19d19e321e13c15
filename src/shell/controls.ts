// Every control besides search, which site.ts loads on the reader's first move (or at once when the address points
// into the page) and starts: the sidebar's drawer, the preferences, the QR code dialog, and on the speech's pages the citation
// sheet, the selection bar and its link, the current-section marker and the highlight of a searched phrase.
import { HIGHLIGHT_PARAM } from '../search/highlight-param.ts';
import controlsStyles from './controls.css?url';
import { stylesheet } from './stylesheet.ts';
import { CiteTools } from '../citation/browser/cite-tools.ts';
import { ContentsMenu } from '../contents/browser/contents-menu.ts';
import { QrCode } from '../citation/browser/qr-code.ts';
import * as currentSection from '../contents/browser/current-section.ts';
import { addLink } from '../citation/browser/selection-link.ts';
import { SelectionBar } from './selection-bar.ts';
import { SitePreferences, showCare, toggle } from '../preferences/browser/site-preferences.ts';
import { PREFERENCE_KEYS } from '../preferences/preferences.ts';
import * as readingGuide from '../preferences/browser/reading-guide.ts';
import * as offline from './offline.ts';
import * as resumeReading from '../resume-reading/browser/resume-reading.ts';
import * as editionSwitch from '../traditional/browser/edition-switch.ts';
import { STORAGE_KEYS, stored } from './storage.ts';
import { followSelection } from './speech-selection.ts';

export { press } from '../preferences/browser/aid-keys.ts';

let styled: Promise<void> | undefined;

/** Defines the controls' elements, keeps the site offline, and on the speech's pages starts what follows the reading. */
export function start() {
  customElements.define('contents-menu', ContentsMenu);
  // The stylesheet of the controls this module builds (the preferences panel, the citation sheet, the selection bar,
  // the 二维码 dialog, 继续阅读), which pages do not link. They are defined once it is there, so none ever shows
  // unstyled; a stylesheet that fails to load still lets them work.
  styled = stylesheet(controlsStyles).then(() => {
    customElements.define('site-preferences', SitePreferences);
    customElements.define('qr-code', QrCode);
    customElements.define('cite-tools', CiteTools);
    customElements.define('selection-bar', SelectionBar);
    const bar = document.querySelector<HTMLElement>('selection-bar');
    if (bar) addLink(bar);
    customElements.define('resume-reading', resumeReading.ResumeReading);
    // 继续阅读 starts with the reader's first move too: no script runs for reading alone.
    resumeReading.start();
  });
  offline.start();
  editionSwitch.start();
  showCare();
  readingGuide.start();
  document.addEventListener('click', unlockSpeech, true);
  // 自测 (/practice/): its session and review schedule, only on that page.
  if (document.querySelector('practice-session')) void import('../practice/browser/start.ts').then((p) => p.start());
  // 学习记录: its bars in the contents, and on the speech's pages the recorder (src/record/).
  void import('../record/browser/record.ts').then(({ start }) => start()).catch(() => {});
  if (!document.querySelector('[data-speech] .paragraph')) return;
  currentSection.start();
  startStudy();
  // Opened from a search result (?mark=…#p12): highlight the phrase in the paragraph.
  const phrase = new URLSearchParams(location.search).get(HIGHLIGHT_PARAM);
  const search = document.querySelector<HTMLElement>('site-search');
  if (phrase && search)
    void import('../search/browser/search-arrival.ts').then((arrival) => arrival.start(search, phrase));
  // A text fragment the engine did not read (it left `:~:` in the hash): read here.
  else if (location.hash.includes(':~:'))
    void import('../citation/browser/text-fragment.ts').then((fragment) => fragment.start());
}

/** The study tools: at once when this device holds saved passages (to paint them), else on the first selection in the speech. */
function startStudy() {
  const study = () => void import('../study/browser/study.ts').then(({ start }) => start());
  // Storage that cannot be read holds nothing to paint; the tools still load on a selection and say so.
  if (stored(STORAGE_KEYS.studyRecords)) return study();
  let asked = false;
  followSelection((pieces) => {
    if (asked || pieces.length === 0) return;
    asked = true;
    study();
  });
}

// Safari on iOS lets a page speak only after a speak() inside the reader's tap: an empty one, made in the tap itself,
// before 朗读's code arrives (which then cancels it).
let unlocked = false;
function unlockSpeech(event: Event) {
  const engine = (window as { speechSynthesis?: SpeechSynthesis }).speechSynthesis;
  if (unlocked || !engine || typeof window.SpeechSynthesisUtterance !== 'function') return;
  if (!(event.target instanceof Element && event.target.closest('[data-act="read"], [data-read-from]'))) return;
  unlocked = true;
  engine.speak(new SpeechSynthesisUtterance(''));
}

/** 朗读, loaded on the first ask: from a block (从这里朗读), or the header's button. */
const readAloud = (from?: Element) =>
  import('../read-aloud/browser/read-aloud.ts').then(({ start }) => start({ from }));

/**
 * Acts on a click that site.ts kept: the header's 朗读 or 关怀模式 ([data-act]), or a paragraph number or link mark,
 * which opens the citation sheet once it can show.
 */
export async function act(link: HTMLElement) {
  if (link.dataset.act === 'read') return readAloud();
  if (link.dataset.act === 'care') return toggle(PREFERENCE_KEYS.care);
  await styled;
  // After the link's own jump to its paragraph, which would otherwise take the focus from the sheet.
  await new Promise((resolve) => setTimeout(resolve));
  document.querySelector<CiteTools>('cite-tools')?.open(link);
}
