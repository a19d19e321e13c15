import { fill } from '../../i18n/fill.ts';
import { LEVELS, masked, nextClause, nextHidden, type Level } from '../recite.ts';
import { text } from './text.ts';
import { build, button } from './views.ts';

// <practice-recite>: 背诵 of a paragraph or of a run of items, hidden progressively. Nothing is stored: the next visit,
// and the speech's own pages, always show the text whole. `#recite-p12` in the address opens a paragraph here.

/** A text to recite: a paragraph, or the lead sentences of a run of items (the first cues the next). */
export interface ReciteText {
  label: string;
  /** The page that holds it (the Traditional edition moves it into its own pages, as 摘抄本's table), and its id there. */
  path: string;
  target: string;
  lines: string[];
}

export class PracticeRecite extends HTMLElement {
  #texts: Record<string, ReciteText> = {};
  #current?: ReciteText;
  #level: Level = 'hidden';
  #revealed: Set<number>[] = [];
  #select = build('select', { id: 'recite-choose' }) as HTMLSelectElement;
  #body = build('div', { class: 'recite-text' });
  #link = build('a', { class: 'practice-place' }, text('recite.open')) as HTMLAnchorElement;
  #ready = false;

  connectedCallback() {
    if (this.#ready) return;
    this.#ready = true;
    this.#texts = JSON.parse(this.dataset.paragraphs ?? '{}') as Record<string, ReciteText>;
    this.#select.append(...Object.entries(this.#texts).map(([id, t]) => build('option', { value: id }, t.label)));
    this.#select.addEventListener('change', () => this.#choose(this.#select.value));
    const levels = build('fieldset', { class: 'recite-levels' }, build('legend', {}, text('recite.level')));
    for (const level of LEVELS) {
      const input = build('input', { type: 'radio', name: 'recite-level', value: level }) as HTMLInputElement;
      input.checked = level === this.#level;
      input.addEventListener('change', () => this.#setLevel(level));
      levels.append(build('label', { class: 'practice-option' }, input, text(`recite.level.${level}`)));
    }
    const act = (key: 'recite.char' | 'recite.clause' | 'recite.all', run: () => void) => {
      const b = button({}, text(key));
      b.addEventListener('click', run);
      return b;
    };
    this.replaceChildren(
      build('p', {}, build('label', { for: 'recite-choose' }, text('recite.choose')), this.#select),
      levels,
      build(
        'div',
        { class: 'practice-actions' },
        act('recite.char', () => this.#revealChar()),
        act('recite.clause', () => this.#revealClause()),
        act('recite.all', () => this.#setLevel('shown')),
      ),
      this.#body,
      build('p', {}, this.#link),
    );
    addEventListener('hashchange', () => this.#fromHash());
    if (!this.#fromHash()) this.#choose(Object.keys(this.#texts)[0] ?? '');
  }

  #fromHash(): boolean {
    const id = /^#recite-(.+)$/.exec(location.hash)?.[1];
    if (!id || !this.#texts[id]) return false;
    this.#choose(id);
    this.scrollIntoView();
    this.#select.focus();
    return true;
  }

  #choose(id: string) {
    this.#current = this.#texts[id];
    this.#select.value = id;
    this.#revealed = this.#current?.lines.map(() => new Set<number>()) ?? [];
    this.#link.href = this.#current ? `${this.#current.path}#${this.#current.target}` : '';
    this.#setLevel('hidden');
  }

  #setLevel(level: Level) {
    this.#level = level;
    for (const input of this.querySelectorAll<HTMLInputElement>('[name=recite-level]'))
      input.checked = input.value === level;
    this.#render();
  }

  /** The level of a line: a run's first item is always shown, to cue the next. */
  #levelOf = (line: number): Level => (line === 0 && this.#current!.lines.length > 1 ? 'shown' : this.#level);

  #revealChar() {
    this.#current?.lines.some((line, i) => {
      const at = nextHidden(line, this.#levelOf(i), this.#revealed[i]!);
      return at >= 0 && this.#revealed[i]!.add(at);
    });
    this.#render();
  }

  #revealClause() {
    this.#current?.lines.some((line, i) => {
      const clause = nextClause(line, this.#levelOf(i), this.#revealed[i]!);
      clause.forEach((at) => this.#revealed[i]!.add(at));
      return clause.length > 0;
    });
    this.#render();
  }

  #render() {
    const lines = this.#current?.lines ?? [];
    this.#body.replaceChildren(
      ...lines.map((line, i) => {
        const p = build('p', {});
        for (const run of masked(line, this.#levelOf(i), this.#revealed[i]!)) {
          if (!run.hidden) {
            p.append(run.text);
            continue;
          }
          // Hidden characters are announced as hidden (their count), never read. A tap on them shows the first: a
          // pointer's shortcut (a span, so that a long run wraps); 显示一字 and 显示一句 are the keyboard's way.
          const count = [...run.text].length;
          const gap = build(
            'span',
            { class: 'recite-gap', title: text('recite.revealOne') },
            build('span', { 'aria-hidden': 'true' }, '□'.repeat(count)),
            build('span', { class: 'visually-hidden' }, fill(text('recite.hidden'), { count })),
          );
          gap.addEventListener('click', () => {
            this.#revealed[i]!.add(run.start);
            this.#render();
          });
          p.append(gap);
        }
        return p;
      }),
    );
  }
}
