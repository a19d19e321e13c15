// A stand-in for the browser's speech engine, at the speechSynthesis boundary only: headless Chromium here has no
// voices (with speech-dispatcher an utterance may start, but no voice is listed and end events are unreliable).
// It lists one zh-CN voice after a voiceschanged event, as Chrome does, records what the page asks of it, fires each
// utterance's start, and ends the one being spoken only when the test says so (window.__engine.finish()).
import type { BrowserContext } from 'playwright-core';

export interface Asked {
  kind: 'speak' | 'cancel';
  text?: string;
  rate?: number;
  lang?: string;
  voice?: string;
}

/** The stand-in itself, run in the page before its own scripts (also served by the engines tier's test server). */
export function standIn() {
  const asked: Asked[] = [];
  const voices = [
    { name: 'Test English', lang: 'en-US', default: true, localService: true, voiceURI: 'en' },
    { name: 'Test 普通话', lang: 'zh-CN', default: false, localService: true, voiceURI: 'zh' },
  ];
  let listed = false;
  let speaking: EventTarget | null = null;
  const queue: EventTarget[] = [];
  const engine = new EventTarget() as EventTarget & Record<string, unknown>;
  const next = () => {
    speaking = queue.shift() ?? null;
    const utterance = speaking;
    if (utterance) setTimeout(() => utterance === speaking && utterance.dispatchEvent(new Event('start')));
  };
  Object.assign(engine, {
    getVoices: () => (listed ? voices : []),
    speak(u: EventTarget & { text: string; rate: number; lang: string; voice?: { name: string } }) {
      asked.push({ kind: 'speak', text: u.text, rate: u.rate, lang: u.lang, voice: u.voice?.name });
      queue.push(u);
      if (!speaking) next();
    },
    cancel() {
      asked.push({ kind: 'cancel' });
      const dropped = [speaking, ...queue].filter((u): u is EventTarget => u !== null);
      speaking = null;
      queue.length = 0;
      for (const u of dropped) u.dispatchEvent(Object.assign(new Event('error'), { error: 'interrupted' }));
    },
    pause() {},
    resume() {},
    speaking: false,
    pending: false,
    paused: false,
  });
  class Utterance extends EventTarget {
    text: string;
    lang = '';
    rate = 1;
    pitch = 1;
    volume = 1;
    voice: unknown = null;
    constructor(text = '') {
      super();
      this.text = text;
    }
  }
  Object.defineProperty(window, 'speechSynthesis', { value: engine, configurable: true });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  // Voices that load late: listed only after voiceschanged.
  setTimeout(() => {
    listed = true;
    engine.dispatchEvent(new Event('voiceschanged'));
  }, 50);
  Object.assign(window, {
    __engine: {
      asked,
      /** Ends the utterance being spoken, as the engine does when it has said it. */
      finish() {
        const u = speaking;
        if (!u) return false;
        speaking = null;
        u.dispatchEvent(new Event('end'));
        if (!speaking) next();
        return true;
      },
      get speaking() {
        return speaking !== null;
      },
    },
  });
}

/** Puts the stand-in into every page of the context, before the page's own scripts. */
export const standInForSpeech = (context: BrowserContext) => context.addInitScript(standIn);

/** Takes the engine away, as Android's WebView (so WeChat on Android) has none. */
export const withoutSpeech = (context: BrowserContext) =>
  context.addInitScript(() => {
    for (const name of ['speechSynthesis', 'SpeechSynthesisUtterance']) {
      delete (Window.prototype as unknown as Record<string, unknown>)[name];
      delete (window as unknown as Record<string, unknown>)[name];
      Object.defineProperty(window, name, { value: undefined, configurable: true });
    }
  });
