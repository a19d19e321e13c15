import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ReadAloudEngine, type Change } from './engine.ts';
import { sentences } from './sentences.ts';

/** An utterance stand-in: its text and rate, and its listeners, which the test fires as the voice would. */
class Utterance extends EventTarget {
  lang = '';
  rate = 1;
  voice: unknown = null;
  text: string;
  constructor(text: string) {
    super();
    this.text = text;
  }
  fire(type: 'end' | 'error', error = '') {
    this.dispatchEvent(Object.assign(new Event(type), { error }));
  }
}

/** An engine over two blocks, with the speechSynthesis stand-in's record of what it was asked. */
function reading() {
  const spoken: Utterance[] = [];
  const changes: Change[] = [];
  let cancels = 0;
  const engine = new ReadAloudEngine({
    blocks: ['一是稳。二是进。', '三是好。'].map((text) => ({ text, spans: sentences(text) })),
    synthesis: {
      speak: (utterance) => spoken.push(utterance as unknown as Utterance),
      cancel: () => cancels++,
    },
    utterance: (text) => new Utterance(text) as unknown as SpeechSynthesisUtterance,
    speed: 'normal',
    changed: (change) => changes.push(change),
  });
  return { engine, spoken, changes, cancels: () => cancels, last: () => spoken.at(-1)! };
}

test('朗读 reads one sentence per utterance, block after block, and says when the text runs out', () => {
  const { engine, spoken, changes, last } = reading();
  engine.play(0);
  last().fire('end');
  last().fire('end');
  assert.deepEqual(
    spoken.map((u) => u.text),
    ['一是稳。', '二是进。', '三是好。'],
  );
  last().fire('end');
  assert.equal(engine.state, 'finished');
  assert.deepEqual(changes, ['sentence', 'sentence', 'sentence', 'finished']);
});

test('pause keeps the sentence, and resume says it again; the cancelled utterance ending late moves nothing', () => {
  const { engine, spoken, last } = reading();
  engine.play(0, 1);
  const paused = last();
  engine.pause();
  assert.equal(engine.state, 'paused');
  paused.fire('end');
  assert.equal(spoken.length, 1, 'the end of a cancelled utterance is not the end of the sentence');
  engine.resume();
  assert.deepEqual(
    spoken.map((u) => u.text),
    ['二是进。', '二是进。'],
  );
  assert.equal(engine.state, 'playing');
});

test('a new speed says the sentence again at once, at its rate; stopped, the speed waits for the next play', () => {
  const { engine, spoken, changes } = reading();
  engine.play(0);
  engine.setSpeed('fast');
  assert.deepEqual(
    spoken.map((u) => [u.text, u.rate]),
    [
      ['一是稳。', 1],
      ['一是稳。', 1.35],
    ],
  );
  engine.stop();
  engine.setSpeed('slow');
  assert.equal(spoken.length, 2);
  assert.equal(changes.at(-1), 'state');
});

test('a voice that fails pauses 朗读 and says so; an interruption by a cancel is no failure', () => {
  const { engine, changes, last } = reading();
  engine.play(0);
  last().fire('error', 'interrupted');
  assert.equal(engine.state, 'playing');
  last().fire('error', 'synthesis-failed');
  assert.equal(engine.state, 'paused');
  assert.equal(changes.at(-1), 'failed');
});
