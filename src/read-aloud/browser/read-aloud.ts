// 朗读: the page's speech read aloud by the browser's own engine (speechSynthesis), one sentence per utterance, the
// sentence being read marked with the CSS Custom Highlight API (the text's DOM is left alone) and kept in view.
// Loaded only when a reader asks for it (controls.ts); importing it does nothing.
import { fill } from '../../i18n/fill.ts';
import { readAloudText as ui } from '../../i18n/browser.ts';
import { sentences, type Span } from '../sentences.ts';
import { chineseVoice, RATES, type Speed } from '../voice.ts';
import { STORAGE_KEYS as KEYS, store, stored } from '../../shell/storage.ts';
import { SHORTCUTS } from '../../preferences/shortcuts.ts';
import { url } from '../../site/urls.ts';
import { build, button } from '../../shell/dom.ts';
import { numberOfParagraph, placeOfBlock } from '../../shell/place.ts';
import { boundsOf, textNodes, toRange } from '../../shell/text-range.ts';
import { READING_AT } from '../../preferences/browser/reading-guide.ts';
import { stylesheet } from '../../shell/stylesheet.ts';
import styles from '../read-aloud.css?url';

const SPEEDS = Object.keys(RATES) as Speed[];
const HIGHLIGHT = 'read-aloud';
/** How long to wait for voices that load late (voiceschanged) before saying there is none. */
const VOICE_WAIT_MS = 2000;

/** A block of the speech that is read: its element, its text and the text nodes that hold it. */
interface Block {
  element: HTMLElement;
  text: string;
  nodes: Text[];
  spans: Span[];
}

/** The speech's own words in reading order: headings and paragraphs, without editorial notes and labels. */
function readBlocks(): Block[] {
  const elements = document.querySelectorAll<HTMLElement>(
    ':is([data-speech] :is(h1, h2, h3, .paragraph), h1[data-speech]):not(.note *)',
  );
  const blocks: Block[] = [];
  for (const element of elements) {
    const nodes = textNodes(element, { skip: '[data-editorial], .visually-hidden, .note' });
    const text = nodes.map((node) => node.data).join('');
    const spans = sentences(text);
    if (spans.length) blocks.push({ element, text, nodes, spans });
  }
  return blocks;
}

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

interface Position {
  path: string;
  block: string;
  sentence: number;
}

function savedPosition(): Position | undefined {
  try {
    const position = JSON.parse(stored(KEYS.readAloudPosition) ?? 'null') as Position | null;
    return typeof position?.block === 'string' && Number.isInteger(position.sentence) ? position : undefined;
  } catch {
    return undefined;
  }
}

/** The first block at the reader's eye line: a quarter of the way down the screen below the header. */
function atEyeLine(blocks: Block[]): number {
  if (scrollY < 8) return 0;
  const header = document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0;
  const line = header + (innerHeight - header) * 0.25;
  const found = blocks.findIndex((b) => b.element.getBoundingClientRect().bottom > line);
  return Math.max(0, found);
}

type State = 'idle' | 'playing' | 'paused' | 'finished';

/** The 朗读 bar: the caption, play/pause, stop, from the start, 语速 and 大字幕. */
class Reader {
  readonly bar: HTMLElement;
  #engine: SpeechSynthesis;
  #voice: SpeechSynthesisVoice | undefined;
  #blocks = readBlocks();
  #block = 0;
  #sentence = 0;
  #state: State = 'idle';
  /** Each utterance's number: events of one cancelled or replaced are ignored. */
  #generation = 0;
  #speed: Speed = SPEEDS.find((speed) => speed === stored(KEYS.readAloudSpeed)) ?? 'normal';
  #captions = stored(KEYS.readAloudCaptions) === 'on';

  constructor(engine: SpeechSynthesis, voice: SpeechSynthesisVoice | undefined, bar: HTMLElement) {
    this.#engine = engine;
    this.#voice = voice;
    this.bar = bar;
    bar.replaceChildren(
      build('p', { class: 'read-caption', 'aria-hidden': 'true' }),
      build(
        'div',
        { class: 'read-controls' },
        button({ 'data-read': 'toggle', 'aria-keyshortcuts': SHORTCUTS.read.keys }, ui['read.pause']),
        button({ 'data-read': 'stop', 'aria-keyshortcuts': SHORTCUTS.stop.keys }, ui['read.stop']),
        button({ 'data-read': 'start' }, ui['read.fromStart']),
        build(
          'div',
          { role: 'group', 'aria-label': ui['read.speed'], class: 'read-speeds' },
          build('span', { 'aria-hidden': 'true' }, ui['read.speed']),
          ...SPEEDS.map((speed) =>
            button(
              { 'data-speed': speed, 'aria-pressed': 'false', 'aria-keyshortcuts': SHORTCUTS.speed.keys },
              ui[`read.speed.${speed}`],
            ),
          ),
        ),
        button(
          { 'data-read': 'captions', 'aria-pressed': 'false', 'aria-keyshortcuts': SHORTCUTS.captions.keys },
          ui['read.captions'],
        ),
      ),
      build('p', { class: 'read-status', role: 'status' }),
    );
    bar.addEventListener('click', (event) => {
      const target = event.target instanceof Element ? event.target.closest('button') : null;
      if (!target) return;
      const action = target.dataset.read;
      if (target.dataset.speed) this.setSpeed(target.dataset.speed as Speed);
      else if (action === 'toggle') this.toggle();
      else if (action === 'stop') this.stop();
      else if (action === 'start') this.play(0);
      else if (action === 'captions') this.toggleCaptions();
    });
    bar.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.stop();
    });
    // Leaving the page stops the voice (some browsers keep speaking after a navigation); the place is kept.
    addEventListener('pagehide', () => {
      this.#generation++;
      this.#engine.cancel();
    });
    this.#show();
  }

  get state() {
    return this.#state;
  }

  /** Reads from block `from` (an index), or from where it stopped on this page, or from the eye line. */
  play(from?: number) {
    if (from === undefined) {
      const saved = savedPosition();
      const block =
        saved?.path === location.pathname ? this.#blocks.findIndex((b) => b.element.id === saved.block) : -1;
      if (saved && block >= 0)
        [this.#block, this.#sentence] = [block, Math.min(saved.sentence, this.#blocks[block]!.spans.length - 1)];
      else [this.#block, this.#sentence] = [atEyeLine(this.#blocks), 0];
    } else [this.#block, this.#sentence] = [from, 0];
    this.#engine.cancel();
    this.#speak();
  }

  /** Reads from the block that holds `element` (从这里朗读). */
  playFrom(element: Element) {
    const at = this.#blocks.findIndex(
      (b) => b.element === element || b.element.contains(element) || element.contains(b.element),
    );
    this.play(Math.max(0, at));
  }

  toggle() {
    if (this.#state === 'playing') this.pause();
    else if (this.#state === 'paused') this.resume();
    else this.play();
  }

  /** Pause is a cancel that keeps the sentence: Chrome on Android cancels on pause() anyway. */
  pause() {
    if (this.#state !== 'playing') return;
    this.#generation++;
    this.#engine.cancel();
    this.#state = 'paused';
    this.#show();
  }

  resume() {
    if (this.#state !== 'paused') return;
    this.#engine.cancel();
    this.#speak();
  }

  stop() {
    this.#generation++;
    this.#engine.cancel();
    this.#state = 'idle';
    store(KEYS.readAloudPosition, undefined);
    if ('highlights' in CSS) CSS.highlights.delete(HIGHLIGHT);
    this.bar.hidden = true;
    document.dispatchEvent(new CustomEvent(READING_AT, { detail: null }));
    document.querySelector<HTMLElement>('.read-open')?.focus({ preventScroll: true });
  }

  /** A new speed applies at once: the sentence being read starts again at it. */
  setSpeed(speed: Speed) {
    this.#speed = speed;
    store(KEYS.readAloudSpeed, speed);
    if (this.#state === 'playing') {
      this.#engine.cancel();
      this.#speak();
    } else this.#show();
  }

  stepSpeed() {
    this.setSpeed(SPEEDS[(SPEEDS.indexOf(this.#speed) + 1) % SPEEDS.length]!);
  }

  toggleCaptions() {
    this.#captions = !this.#captions;
    store(KEYS.readAloudCaptions, this.#captions ? 'on' : undefined);
    this.#show();
  }

  #speak() {
    const block = this.#blocks[this.#block];
    const span = block?.spans[this.#sentence];
    if (!block || !span) return this.#finish();
    this.bar.hidden = false;
    this.#state = 'playing';
    const generation = ++this.#generation;
    const utterance = new SpeechSynthesisUtterance(block.text.slice(span.start, span.end));
    utterance.lang = this.#voice?.lang ?? 'zh-CN';
    if (this.#voice) utterance.voice = this.#voice;
    utterance.rate = RATES[this.#speed];
    utterance.addEventListener('end', () => generation === this.#generation && this.#next());
    utterance.addEventListener('error', (event) => {
      // A cancel (pause, stop, a new speed) interrupts on purpose; anything else stops and says so.
      if (generation !== this.#generation || /interrupted|canceled/.test(event.error)) return;
      this.#generation++;
      this.#state = 'paused';
      this.#show(ui['read.failed']);
    });
    store(
      KEYS.readAloudPosition,
      JSON.stringify({ path: location.pathname, block: block.element.id, sentence: this.#sentence }),
    );
    this.#mark(block, span);
    this.#show();
    this.#engine.speak(utterance);
  }

  #next() {
    const block = this.#blocks[this.#block];
    if (block && this.#sentence + 1 < block.spans.length) this.#sentence++;
    else [this.#block, this.#sentence] = [this.#block + 1, 0];
    this.#speak();
  }

  #finish() {
    this.#state = 'finished';
    store(KEYS.readAloudPosition, undefined);
    if ('highlights' in CSS) CSS.highlights.delete(HIGHLIGHT);
    const next = document.querySelector<HTMLAnchorElement>('.pagination a[rel="next"]');
    const label = next?.cloneNode(true) as HTMLElement | undefined;
    label?.querySelector('.pagination-label')?.remove();
    this.#show(ui['read.finished']);
    if (next && label)
      this.bar
        .querySelector('.read-status')
        ?.append(build('a', { href: next.href }, fill(ui['read.next'], { label: label.textContent?.trim() ?? '' })));
  }

  /** Marks the sentence and keeps it in view, between the header and this bar. */
  #mark(block: Block, span: Span) {
    const bounds = boundsOf(block.nodes, span.start, span.end);
    if (!bounds) return;
    const range = toRange(bounds);
    if ('highlights' in CSS) {
      // Above the reader's own highlights (priority 0), so the sentence being read always shows where they overlap.
      const sentence = new Highlight(range);
      sentence.priority = 1;
      CSS.highlights.set(HIGHLIGHT, sentence);
    }
    const box = range.getBoundingClientRect();
    const top = document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0;
    const bottom = this.bar.hidden ? innerHeight : this.bar.getBoundingClientRect().top;
    if (box.top < top + 8 || box.bottom > bottom - 8) scrollBy({ top: box.top - top - (bottom - top) / 4 });
    document.dispatchEvent(new CustomEvent(READING_AT, { detail: range.getBoundingClientRect().top }));
  }

  #show(message?: string) {
    const block = this.#blocks[this.#block];
    const span = block?.spans[this.#sentence];
    const caption = this.bar.querySelector('.read-caption');
    if (caption)
      caption.textContent = block && span && this.#state !== 'finished' ? block.text.slice(span.start, span.end) : '';
    this.bar.toggleAttribute('data-captions', this.#captions);
    const toggle = this.bar.querySelector('[data-read="toggle"]');
    if (toggle)
      toggle.textContent =
        ui[this.#state === 'playing' ? 'read.pause' : this.#state === 'paused' ? 'read.resume' : 'read.play'];
    for (const b of this.bar.querySelectorAll<HTMLElement>('[data-speed]'))
      b.setAttribute('aria-pressed', String(b.dataset.speed === this.#speed));
    this.bar.querySelector('[data-read="captions"]')?.setAttribute('aria-pressed', String(this.#captions));
    const where = block
      ? block.element.matches('.paragraph')
        ? fill(ui['read.paragraph'], { place: placeOfBlock(block.element), number: numberOfParagraph(block.element) })
        : placeOfBlock(block.element)
      : '';
    const status = this.bar.querySelector('.read-status');
    if (status)
      status.textContent =
        message ??
        (this.#state === 'playing'
          ? fill(ui['read.reading'], { place: where })
          : this.#state === 'paused'
            ? fill(ui['read.paused'], { place: where })
            : '');
    document.querySelector('.read-open')?.setAttribute('aria-pressed', String(this.#state === 'playing'));
  }
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
