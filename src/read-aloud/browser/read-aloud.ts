// 朗读: the page's speech read aloud by the browser's own engine (speechSynthesis), one sentence per utterance, the
// sentence being read marked with the CSS Custom Highlight API (the text's DOM is left alone) and kept in view.
// Loaded only when a reader asks for it (controls.ts); importing it does nothing.
import { readAloudText as ui } from '../../i18n/browser.ts';
import { chineseVoice } from '../voice.ts';
import { url } from '../../site/urls.ts';
import { build, button } from '../../shell/dom.ts';
import { stylesheet } from '../../shell/stylesheet.ts';
import styles from '../read-aloud.css?url';
import { Reader } from './reader.ts';

/** How long to wait for voices that load late (voiceschanged) before saying there is none. */
const VOICE_WAIT_MS = 2000;

/** The voices, once the browser has listed them (some list them only after voiceschanged). */
function voices(engine: SpeechSynthesis): Promise<SpeechSynthesisVoice[]> {
  const now = engine.getVoices();
  if (now.length) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => resolve(engine.getVoices());
    engine.addEventListener('voiceschanged', done, { once: true });
    setTimeout(done, VOICE_WAIT_MS);
  });
}

let reader: Promise<Reader | undefined> | undefined;

/** The bar, after the header so that it comes next in Tab order; it sits over the foot of the page. */
function bar(): HTMLElement {
  const existing = document.querySelector<HTMLElement>('read-aloud');
  if (existing) return existing;
  const element = build('read-aloud', { role: 'region', 'aria-label': ui['read.label'] });
  document.querySelector('.site-header')?.after(element);
  return element;
}

/** Says plainly why this browser cannot read aloud, and where to turn instead. */
function cannot(message: string) {
  const element = bar();
  element.hidden = false;
  element.replaceChildren(
    build(
      'p',
      { class: 'read-status', role: 'status' },
      message,
      ' ',
      build('a', { href: url('accessibility/') }, ui['read.help']),
    ),
    button({ 'data-read': 'close' }, ui['read.close']),
  );
  element.querySelector('[data-read="close"]')?.addEventListener('click', () => {
    element.hidden = true;
    document.querySelector<HTMLElement>('.read-open')?.focus();
  });
  element.querySelector('button')?.focus();
}

/** The reader of this page, made on the first ask: undefined where the browser cannot read Chinese aloud. */
function getReader(): Promise<Reader | undefined> {
  return (reader ??= (async () => {
    await stylesheet(styles);
    // Undefined in Android's WebView (so in WeChat on Android): the engine, its utterances, or both.
    const engine = (window as { speechSynthesis?: SpeechSynthesis }).speechSynthesis;
    if (!engine || typeof window.SpeechSynthesisUtterance !== 'function') return void cannot(ui['read.noEngine']);
    const element = bar();
    element.hidden = false;
    element.replaceChildren(build('p', { class: 'read-status', role: 'status' }, ui['read.waiting']));
    const voice = chineseVoice(await voices(engine));
    if (!voice) return void cannot(ui['read.noVoice']);
    return new Reader(engine, voice, element);
  })().then((made) => {
    // Asked again later, a browser without a voice says so again (the reader may have added one meanwhile).
    if (!made) reader = undefined;
    return made;
  }));
}

/** What the reader asked of 朗读: the header's button or Shift+R (toggle), 从这里朗读 (from a block), or a key. */
export async function start(ask: { from?: Element; action?: 'toggle' | 'stop' | 'speed' | 'captions' } = {}) {
  // The first speak() must come from the reader's gesture: on the first ask the voices may not be listed yet, and a
  // browser that then refuses simply waits for the next tap.
  const made = await getReader();
  if (!made) return;
  if (ask.from) made.playFrom(ask.from);
  else if (ask.action === 'stop') made.stop();
  else if (ask.action === 'speed') made.stepSpeed();
  else if (ask.action === 'captions') made.toggleCaptions();
  else made.toggle();
}
