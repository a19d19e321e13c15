import type { Span } from './sentences.ts';
import { RATES, type Speed } from './voice.ts';

// 朗读's engine: one utterance per sentence through the browser's speechSynthesis (or a stand-in), and the state the
// view shows. It knows the blocks only as text cut into sentences: the page, the bar and storage are the view's.

export const SPEEDS = Object.keys(RATES) as Speed[];
export type State = 'idle' | 'playing' | 'paused' | 'finished';

/** A block as the engine reads it: its text and its sentences. */
export interface Readable {
  text: string;
  spans: Span[];
}

/** What the engine asks of the browser's speechSynthesis. */
export interface Synthesis {
  speak(utterance: SpeechSynthesisUtterance): void;
  cancel(): void;
}

/** What happened: a sentence is about to be spoken, the state changed, the text ran out, or the voice failed. */
export type Change = 'sentence' | 'state' | 'finished' | 'failed';

export interface EngineOptions<B extends Readable> {
  blocks: B[];
  synthesis: Synthesis;
  /** Makes an utterance: `new SpeechSynthesisUtterance(text)` in a browser. */
  utterance: (text: string) => SpeechSynthesisUtterance;
  voice?: SpeechSynthesisVoice;
  speed: Speed;
  changed: (change: Change) => void;
}

export class ReadAloudEngine<B extends Readable> {
  block = 0;
  sentence = 0;
  state: State = 'idle';
  speed: Speed;
  readonly blocks: B[];
  #options: EngineOptions<B>;
  /** Each utterance's number: events of one cancelled or replaced are ignored. */
  #generation = 0;

  constructor(options: EngineOptions<B>) {
    this.#options = options;
    this.blocks = options.blocks;
    this.speed = options.speed;
  }

  /** The block and sentence at the engine's place, if the text has not run out. */
  get current(): { block: B; span: Span } | undefined {
    const block = this.blocks[this.block];
    const span = block?.spans[this.sentence];
    return block && span ? { block, span } : undefined;
  }

  /** Reads from sentence `sentence` of block `block`. */
  play(block: number, sentence = 0) {
    [this.block, this.sentence] = [block, sentence];
    this.#options.synthesis.cancel();
    this.#speak();
  }

  /** Pause is a cancel that keeps the sentence: Chrome on Android cancels on pause() anyway. */
  pause() {
    if (this.state !== 'playing') return;
    this.silence();
    this.state = 'paused';
    this.#options.changed('state');
  }

  resume() {
    if (this.state !== 'paused') return;
    this.#options.synthesis.cancel();
    this.#speak();
  }

  stop() {
    this.silence();
    this.state = 'idle';
    this.#options.changed('state');
  }

  /** Stops the voice and forgets the utterance, keeping the state (leaving the page). */
  silence() {
    this.#generation++;
    this.#options.synthesis.cancel();
  }

  /** A new speed applies at once: the sentence being read starts again at it. */
  setSpeed(speed: Speed) {
    this.speed = speed;
    if (this.state !== 'playing') return this.#options.changed('state');
    this.#options.synthesis.cancel();
    this.#speak();
  }

  #speak() {
    const current = this.current;
    if (!current) return this.#finish();
    const { voice } = this.#options;
    this.state = 'playing';
    const generation = ++this.#generation;
    const utterance = this.#options.utterance(current.block.text.slice(current.span.start, current.span.end));
    utterance.lang = voice?.lang ?? 'zh-CN';
    if (voice) utterance.voice = voice;
    utterance.rate = RATES[this.speed];
    utterance.addEventListener('end', () => generation === this.#generation && this.#next());
    utterance.addEventListener('error', (event) => {
      // A cancel (pause, stop, a new speed) interrupts on purpose; anything else stops and says so.
      if (generation !== this.#generation || /interrupted|canceled/.test(event.error)) return;
      this.#generation++;
      this.state = 'paused';
      this.#options.changed('failed');
    });
    this.#options.changed('sentence');
    this.#options.synthesis.speak(utterance);
  }

  #next() {
    const block = this.blocks[this.block];
    if (block && this.sentence + 1 < block.spans.length) this.sentence++;
    else [this.block, this.sentence] = [this.block + 1, 0];
    this.#speak();
  }

  #finish() {
    this.state = 'finished';
    this.#options.changed('finished');
  }
}
