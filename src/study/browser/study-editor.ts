// A saved passage's sheet, opened from the bar's 打开划线 or a tap on the passage: its style, its note (edited or
// deleted), and its removal.
import { studyStrings as ui } from '../../i18n/browser.ts';
import { STYLES, tombstone, type StudyRecord } from '../model.ts';
import { build, button } from '../../shell/dom.ts';
import { numberOfParagraph, placeOfBlock } from '../../shell/place.ts';
import type { Placed } from './study-paint.ts';

/** What the sheet needs of the study tools: the passages found on the page, and saving that reports in a status. */
export interface Passages {
  placed: Placed[];
  save(records: StudyRecord[], status: HTMLElement, done: string): boolean;
}

const placeOf = (paragraph: HTMLElement) => `${placeOfBlock(paragraph)} · 第${numberOfParagraph(paragraph)}段`;

/** The sheet of one saved passage. */
export class StudyEditor {
  element: HTMLElement;
  #placed: Placed | undefined;
  #trigger: HTMLElement | null = null;
  #status: HTMLElement;
  #note: HTMLTextAreaElement;
  #styles: HTMLButtonElement[];
  #quote: HTMLElement;

  study: Passages;

  constructor(study: Passages) {
    this.study = study;
    this.#quote = build('p', { class: 'study-quote', id: 'study-editor-quote' });
    this.#status = build('p', { class: 'study-status', role: 'status' });
    this.#note = build('textarea', { id: 'study-note', rows: '3', maxlength: '5000' }) as HTMLTextAreaElement;
    this.#styles = STYLES.map((style, i) =>
      button({ class: `study-style study-style-${i}`, 'aria-pressed': 'false' }, ui[`study.style.${style}`]),
    );
    const save = button({ 'data-study': 'save' }, ui['study.saveNote']);
    const deleteNote = button({ 'data-study': 'delete-note' }, ui['study.deleteNote']);
    const remove = button({ 'data-study': 'remove' }, ui['study.remove']);
    const close = button({ 'data-study': 'close' }, ui['study.close']);
    this.element = build(
      'section',
      { class: 'study-editor', role: 'dialog', 'aria-labelledby': 'study-editor-title', hidden: '' },
      build('h2', { id: 'study-editor-title', class: 'study-editor-title' }, ui['study.editor']),
      this.#quote,
      build('div', { class: 'study-actions', role: 'group', 'aria-label': ui['study.style'] }, ...this.#styles),
      build('label', { for: 'study-note' }, ui['study.noteLabel']),
      this.#note,
      build('div', { class: 'study-actions' }, save, deleteNote, remove, close),
      this.#status,
    );
    document.body.append(this.element);
    this.#styles.forEach((b, i) =>
      b.addEventListener('click', () => this.#change({ style: STYLES[i]!, kind: 'highlight' })),
    );
    save.addEventListener('click', () => this.#change({ note: this.#note.value.trim() }));
    deleteNote.addEventListener('click', () => {
      this.#note.value = '';
      this.#change({ note: '' });
    });
    remove.addEventListener('click', () => {
      const placed = this.#placed;
      if (!placed) return;
      if (this.study.save([tombstone(placed.record, new Date().toISOString())], this.#status, ui['study.removed']))
        this.close();
    });
    close.addEventListener('click', () => this.close());
    this.element.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.close();
    });
  }

  open(placed: Placed, trigger: HTMLElement | null, focusNote = false) {
    this.#placed = placed;
    this.#trigger = trigger;
    const { record } = placed;
    this.#quote.textContent = `${placeOf(placed.paragraph)}：“${record.exact}”${placed.moved ? `（${ui['study.moved']}）` : ''}`;
    this.#note.value = record.note;
    this.#showStyle(record);
    this.#status.textContent = '';
    this.element.hidden = false;
    (focusNote ? this.#note : (this.#styles[0] ?? this.#note)).focus({ preventScroll: true });
  }

  close() {
    if (this.element.hidden) return;
    this.element.hidden = true;
    this.#trigger?.focus({ preventScroll: true });
  }

  #showStyle(record: StudyRecord) {
    this.#styles.forEach((b, i) =>
      b.setAttribute('aria-pressed', String(record.kind === 'highlight' && record.style === STYLES[i])),
    );
  }

  #change(fields: Partial<StudyRecord>) {
    const placed = this.#placed;
    if (!placed) return;
    const record = { ...placed.record, ...fields, updated: new Date().toISOString() };
    this.study.save([record], this.#status, ui['study.saved']);
    this.#placed = this.study.placed.find((p) => p.record.id === record.id) ?? { ...placed, record };
    this.#showStyle(record);
  }
}
