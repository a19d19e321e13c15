import { fill } from '../../i18n/fill.ts';
import { dueIds, missedIds, recordAnswer, type Outcome } from '../review.ts';
import { hintsOf, isRight, pickSession, type SessionQuestion } from '../session.ts';
import { readQuestions } from './read-questions.ts';
import { ReviewStore } from './store.ts';
import { text } from './text.ts';
import { build, button, optionsView, placeLink, reciteLink, sentenceView, stemView } from './views.ts';

// <practice-session>: a session of questions one at a time, its hints, its score, and the 错题本 kept on the
// device. Its questions are the page's printable list; without scripts the element stays empty.

interface Answered {
  q: SessionQuestion;
  outcome: Outcome;
}

const COUNTS = [10, 20, Infinity];

export class PracticeSession extends HTMLElement {
  #questions: SessionQuestion[] = [];
  #store = new ReviewStore(() => this.#setup());
  #table = new Map<string, string>();
  #session: SessionQuestion[] = [];
  #at = 0;
  #hints = 0;
  #answered: Answered[] = [];
  #status = build('p', { class: 'practice-status', role: 'status' });
  #view = build('div', { class: 'practice-view' });
  #ready = false;

  /** The fold table that lets a Traditional answer count as its Simplified form (and the other way round). */
  set foldTable(table: Map<string, string>) {
    this.#table = table;
  }

  connectedCallback() {
    if (this.#ready) return;
    this.#ready = true;
    this.#questions = readQuestions(document);
    this.append(this.#view, this.#status);
    this.#setup();
  }

  #show(...children: Node[]) {
    this.#view.replaceChildren(...children);
  }

  #tell(message: string) {
    this.#status.textContent = message;
  }

  #setup() {
    const parts = JSON.parse(this.dataset.parts ?? '[]') as { number: number; label: string }[];
    const radios = (name: string, values: [string, string][]) =>
      values.map(([value, label], i) =>
        build(
          'label',
          { class: 'practice-option' },
          build('input', { type: 'radio', name, value, ...(i ? {} : { checked: '' }) }),
          label,
        ),
      );
    const counts = COUNTS.map((n): [string, string] => [String(n), n === Infinity ? text('setup.all') : String(n)]);
    const scopes: [string, string][] = [
      ['0', text('setup.scope.all')],
      ...parts.map((p): [string, string] => [String(p.number), p.label]),
    ];
    const form = build(
      'form',
      { class: 'practice-setup' },
      build('h2', {}, text('setup.heading')),
      build('fieldset', {}, build('legend', {}, text('setup.count')), ...radios('count', counts)),
      build('fieldset', {}, build('legend', {}, text('setup.scope')), ...radios('part', scopes)),
      build('button', { type: 'submit', class: 'practice-primary' }, text('setup.start')),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const data = new FormData(form as HTMLFormElement);
      this.#start({ count: Number(data.get('count')), part: Number(data.get('part')) });
    });
    this.#show(form, this.#reviewTools());
    if (this.#store.failure) this.#tell(text('store.failed'));
  }

  #reviewTools(): HTMLElement {
    const missed = missedIds(this.#store.review);
    const due = dueIds(this.#store.review, new Date());
    const tools = build('div', { class: 'practice-review' });
    if (missed.length) {
      const review = button({ class: 'practice-primary' }, fill(text('setup.review'), { count: missed.length }));
      review.addEventListener('click', () => this.#start({ count: Infinity, part: 0, only: missed }));
      tools.append(review);
    }
    if (due.length) tools.append(build('p', {}, fill(text('setup.due'), { count: due.length })));
    if (Object.keys(this.#store.review.entries).length) {
      const reset = button({}, text('setup.reset'));
      reset.addEventListener('click', () => {
        if (reset.dataset.ask == null)
          return ((reset.dataset.ask = ''), void (reset.textContent = text('setup.resetAsk')));
        this.#store.save(() => ({ reset: new Date().toISOString(), entries: {} }));
        this.#setup();
        this.#tell(this.#store.failure ? text('store.failed') : text('setup.resetDone'));
      });
      tools.append(reset);
    }
    return tools;
  }

  #start({ count, part, only }: { count: number; part: number; only?: string[] }) {
    const first = only ?? dueIds(this.#store.review, new Date());
    this.#session = pickSession(this.#questions, { count, part, first, seed: Date.now(), ...(only ? { only } : {}) });
    this.#answered = [];
    this.#at = 0;
    this.#ask();
  }

  #ask() {
    const q = this.#session[this.#at]!;
    this.#hints = 0;
    const hint = build('p', { class: 'practice-hint', 'aria-live': 'polite' });
    const hintButton = button({}, text('session.hint'));
    const form = build(
      'form',
      { class: 'practice-question', 'data-id': q.id },
      build(
        'p',
        { class: 'practice-progress', tabindex: '-1' },
        fill(text('session.progress'), { at: this.#at + 1, count: this.#session.length }),
      ),
      build('p', { class: 'question-ask' }, q.ask),
      stemView(q),
      ...(q.kind === 'fill' ? [] : [optionsView(q)]),
      hint,
      build(
        'div',
        { class: 'practice-actions' },
        hintButton,
        build('button', { type: 'submit', class: 'practice-primary' }, text('session.answer')),
      ),
    );
    const hints = hintsOf(q);
    hintButton.addEventListener('click', () => {
      const next = hints[this.#hints++]!;
      if (next.level === 'paragraph') hint.replaceChildren(text('session.hintParagraph'), placeLink(q));
      else
        hint.textContent = fill(text(next.level === 'first' ? 'session.hintFirst' : 'session.hintMore'), {
          text: next.text,
        });
      if (this.#hints >= hints.length) hintButton.disabled = true;
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.#grade(q, form);
    });
    this.#show(form);
    this.#tell('');
    form.querySelector<HTMLElement>('input, .practice-progress')?.focus();
  }

  #grade(q: SessionQuestion, form: HTMLElement) {
    const response =
      q.kind === 'fill'
        ? [...form.querySelectorAll<HTMLInputElement>('[data-blank]')].map((i) => i.value)
        : [...form.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => q.options[Number(i.value)]!);
    const right = isRight(q, response, this.#table);
    const outcome: Outcome = !right ? 'wrong' : this.#hints ? 'hinted' : 'right';
    this.#answered.push({ q, outcome });
    const saved = this.#store.save((review) => recordAnswer(review, q.id, outcome, new Date()));
    const last = this.#at === this.#session.length - 1;
    const next = button({ class: 'practice-primary' }, text(last ? 'session.finish' : 'session.next'));
    next.addEventListener('click', () => (last ? this.#score() : (this.#at++, this.#ask())));
    const verdict =
      outcome === 'right'
        ? text('session.right')
        : outcome === 'hinted'
          ? text('session.rightWithHint')
          : fill(text('session.wrong'), { answer: [...new Set(q.kind === 'fill' ? q.answers : q.correct)].join('；') });
    const result = build(
      'div',
      { class: `practice-result practice-${outcome}` },
      build('p', { class: 'practice-verdict', tabindex: '-1' }, verdict),
    );
    if (!right)
      result.append(
        build(
          'p',
          {},
          fill(text('session.yours'), { answer: response.filter(Boolean).join('；') || text('session.empty') }),
        ),
      );
    result.append(sentenceView(q), build('p', { class: 'practice-links' }, placeLink(q), ...reciteLink(q)), next);
    form.replaceWith(result);
    this.#view.prepend(
      build(
        'p',
        { class: 'practice-progress' },
        fill(text('session.progress'), { at: this.#at + 1, count: this.#session.length }),
      ),
    );
    result.querySelector<HTMLElement>('.practice-verdict')?.focus();
    this.#tell(saved ? verdict : `${verdict} ${text('store.failed')}`);
  }

  #score() {
    const right = this.#answered.filter((a) => a.outcome !== 'wrong').length;
    const hinted = this.#answered.filter((a) => a.outcome === 'hinted').length;
    const missed = this.#answered.filter((a) => a.outcome === 'wrong');
    const again = button({ class: 'practice-primary' }, text('score.again'));
    again.addEventListener('click', () => this.#setup());
    const heading = build('h2', { tabindex: '-1' }, text('score.heading'));
    const list = build(
      'ol',
      { class: 'practice-missed' },
      ...missed.map(({ q }) => build('li', {}, sentenceView(q), placeLink(q))),
    );
    this.#show(
      heading,
      build(
        'p',
        { class: 'practice-score' },
        fill(text('score.line'), { right, count: this.#answered.length, hinted }),
      ),
      ...(missed.length
        ? [build('h3', {}, text('score.missed')), list, build('p', {}, text('score.saved'))]
        : [build('p', {}, text('score.none'))]),
      again,
    );
    heading.focus();
  }
}
