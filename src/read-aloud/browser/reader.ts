// The 朗读 bar: it shows the engine's state (the caption, play/pause, 语速, 大字幕), marks the sentence being read
// with the CSS Custom Highlight API (the text's DOM is left alone), keeps it in view and keeps the place.
import { fill } from '../../i18n/fill.ts';
import { readAloudText as ui } from '../../i18n/browser.ts';
import type { Span } from '../sentences.ts';
import type { Speed } from '../voice.ts';
import { ReadAloudEngine, SPEEDS, type Change } from '../engine.ts';
import { STORAGE_KEYS as KEYS, store, stored } from '../../shell/storage.ts';
import { SHORTCUTS } from '../../preferences/shortcuts.ts';
import { build, button } from '../../shell/dom.ts';
import { numberOfParagraph, placeOfBlock } from '../../shell/place.ts';
import { boundsOf, toRange } from '../../shell/text-range.ts';
import { READING_AT } from '../../preferences/browser/reading-guide.ts';
import { atEyeLine, readBlocks, type Block } from './blocks.ts';

const HIGHLIGHT = 'read-aloud';

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

/** The bar's controls: the caption, play/pause, stop, from the start, 语速 and 大字幕. */
function controls(): HTMLElement[] {
  const speeds = SPEEDS.map((speed) =>
    button(
      { 'data-speed': speed, 'aria-pressed': 'false', 'aria-keyshortcuts': SHORTCUTS.speed.keys },
      ui[`read.speed.${speed}`],
    ),
  );
  return [
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
        ...speeds,
      ),
      button(
        { 'data-read': 'captions', 'aria-pressed': 'false', 'aria-keyshortcuts': SHORTCUTS.captions.keys },
        ui['read.captions'],
      ),
    ),
    build('p', { class: 'read-status', role: 'status' }),
  ];
}

/** The 朗读 bar over the foot of the page: it shows the engine's state, marks the sentence and keeps the place. */
export class Reader {
  readonly bar: HTMLElement;
  #engine: ReadAloudEngine<Block>;
  #captions = stored(KEYS.readAloudCaptions) === 'on';

  constructor(synthesis: SpeechSynthesis, voice: SpeechSynthesisVoice | undefined, bar: HTMLElement) {
    this.bar = bar;
    this.#engine = new ReadAloudEngine({
      blocks: readBlocks(),
      synthesis,
      utterance: (text) => new SpeechSynthesisUtterance(text),
      voice,
      speed: SPEEDS.find((speed) => speed === stored(KEYS.readAloudSpeed)) ?? 'normal',
      changed: (change) => this.#changed(change),
    });
    bar.replaceChildren(...controls());
    bar.addEventListener('click', (event) => {
      const target = event.target instanceof Element ? event.target.closest('button') : null;
      if (!target) return;
      const action = target.dataset.read;
      if (target.dataset.speed) this.setSpeed(target.dataset.speed as Speed);
      else if (action === 'toggle') this.toggle();
      else if (action === 'stop') this.stop();
      else if (action === 'start') this.#engine.play(0);
      else if (action === 'captions') this.toggleCaptions();
    });
    bar.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.stop();
    });
    // Leaving the page stops the voice (some browsers keep speaking after a navigation); the place is kept.
    addEventListener('pagehide', () => this.#engine.silence());
    this.#show();
  }

  /** Reads from where it stopped on this page, or from the eye line. */
  play() {
    const blocks = this.#engine.blocks;
    const saved = savedPosition();
    const block = saved?.path === location.pathname ? blocks.findIndex((b) => b.element.id === saved.block) : -1;
    if (saved && block >= 0) this.#engine.play(block, Math.min(saved.sentence, blocks[block]!.spans.length - 1));
    else this.#engine.play(atEyeLine(blocks));
  }

  /** Reads from the block that holds `element` (从这里朗读). */
  playFrom(element: Element) {
    const at = this.#engine.blocks.findIndex(
      (b) => b.element === element || b.element.contains(element) || element.contains(b.element),
    );
    this.#engine.play(Math.max(0, at));
  }

  toggle() {
    const { state } = this.#engine;
    if (state === 'playing') this.#engine.pause();
    else if (state === 'paused') this.#engine.resume();
    else this.play();
  }

  stop() {
    this.#engine.stop();
    this.#unmark();
    this.bar.hidden = true;
    document.dispatchEvent(new CustomEvent(READING_AT, { detail: null }));
    document.querySelector<HTMLElement>('.read-open')?.focus({ preventScroll: true });
  }

  setSpeed(speed: Speed) {
    store(KEYS.readAloudSpeed, speed);
    this.#engine.setSpeed(speed);
  }

  stepSpeed() {
    this.setSpeed(SPEEDS[(SPEEDS.indexOf(this.#engine.speed) + 1) % SPEEDS.length]!);
  }

  toggleCaptions() {
    this.#captions = !this.#captions;
    store(KEYS.readAloudCaptions, this.#captions ? 'on' : undefined);
    this.#show();
  }

  #changed(change: Change) {
    if (change === 'failed') return this.#show(ui['read.failed']);
    if (change === 'finished') return this.#finish();
    const current = this.#engine.current;
    if (change === 'sentence' && current) {
      this.bar.hidden = false;
      const { block, span } = current;
      const position = { path: location.pathname, block: block.element.id, sentence: this.#engine.sentence };
      store(KEYS.readAloudPosition, JSON.stringify(position));
      this.#mark(block, span);
    }
    this.#show();
  }

  /** Forgets the place and the mark: the reader stopped, or the text ran out. */
  #unmark() {
    store(KEYS.readAloudPosition, undefined);
    if ('highlights' in CSS) CSS.highlights.delete(HIGHLIGHT);
  }

  #finish() {
    this.#unmark();
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
    const { state, speed } = this.#engine;
    const { block, span } = this.#engine.current ?? {};
    const caption = this.bar.querySelector('.read-caption');
    if (caption)
      caption.textContent = block && span && state !== 'finished' ? block.text.slice(span.start, span.end) : '';
    this.bar.toggleAttribute('data-captions', this.#captions);
    const toggle = this.bar.querySelector('[data-read="toggle"]');
    if (toggle)
      toggle.textContent = ui[state === 'playing' ? 'read.pause' : state === 'paused' ? 'read.resume' : 'read.play'];
    for (const b of this.bar.querySelectorAll<HTMLElement>('[data-speed]'))
      b.setAttribute('aria-pressed', String(b.dataset.speed === speed));
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
        (state === 'playing'
          ? fill(ui['read.reading'], { place: where })
          : state === 'paused'
            ? fill(ui['read.paused'], { place: where })
            : '');
    document.querySelector('.read-open')?.setAttribute('aria-pressed', String(state === 'playing'));
  }
}
