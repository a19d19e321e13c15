// 心得提纲 (/notes/outline/): the reader's title, target, headings and paragraphs, with the excerpts and notes of
// 摘抄本 arranged under them, counted live as Word counts, exported and printed. Kept with the study records' store.
import { isoDay } from '../../citation/citation.ts';
import { fill } from '../../i18n/fill.ts';
import { studyStrings } from '../../i18n/browser.ts';
import { writingStrings as ui } from './strings.ts';
import { build, button } from '../../shell/dom.ts';
import { STORAGE_KEYS } from '../../shell/storage.ts';
import { entriesOf, type Entry, type Facts } from '../../study/export.ts';
import { StudyStore, newId } from '../../study/browser/study-store.ts';
import { paragraphsOf } from '../../study/export.ts';
import { appended, arranged, mergeDraft, moved, placed, removed, split, type DraftPiece } from '../draft.ts';
import { draftLayout } from '../draft-layout.ts';
import { dragToArrange } from './draft-drag.ts';
import { exportRow, printView } from './draft-exports.ts';
import { settingsFields, showCount } from './draft-settings.ts';
import { pieceRow, trayRow, type RowActions } from './draft-view.ts';

export class WritingDraft extends HTMLElement {
  #study = new StudyStore();
  #draft = new StudyStore<DraftPiece>(STORAGE_KEYS.draft, mergeDraft);
  #entries = new Map<string, Entry>();
  #facts = {} as Facts;
  #count = build('p', { class: 'draft-count', 'aria-describedby': 'draft-rule' });
  #list = build('ol', { class: 'draft-list', 'aria-label': ui['draft.outline'] });
  #tray = build('ul', { class: 'draft-tray-list' });
  #status = build('p', { class: 'draft-status', role: 'status' });
  #print = build('section', { class: 'draft-print print-only' });
  #settings = settingsFields((piece) => this.#save([piece]));
  #ready = false;

  connectedCallback() {
    if (this.#ready) return;
    this.#ready = true;
    this.#facts = JSON.parse(this.dataset.facts ?? '{}') as Facts;
    const paragraphs = paragraphsOf(this.dataset.paragraphs, location.origin);
    const readEntries = () => {
      const list = entriesOf(this.#study.records, paragraphs, this.#facts, isoDay(new Date()));
      this.#entries = new Map(list.map((entry) => [entry.record.id, entry]));
    };
    readEntries();
    this.#study.onChange(() => (readEntries(), this.render()));
    this.#draft.onChange(() => this.render());
    dragToArrange(this.#list, (id, to) => this.#move(id, to));
    this.replaceChildren(
      this.#settings.element,
      this.#count,
      this.#list,
      this.#adders(),
      build('h2', {}, ui['draft.tray']),
      this.#tray,
      exportRow({ layout: () => this.#layout(), title: this.#facts.title, status: this.#status }),
      this.#status,
      this.#print,
    );
    this.render();
  }

  #words = (id: string) => this.#entries.get(id)?.record;
  #layout = () => draftLayout(this.#draft.records, this.#words, (id) => this.#entries.get(id)?.citation);

  #save(pieces: DraftPiece[]) {
    if (!this.#draft.save(pieces)) this.#status.textContent = studyStrings['study.storageFailed'];
    this.#showCount();
  }

  #adders(): HTMLElement {
    const add = (kind: 'heading' | 'text', label: string) => {
      const b = button({ 'data-add': kind }, label);
      b.addEventListener('click', () => this.#add(kind, ''));
      return b;
    };
    return build(
      'div',
      { class: 'draft-row' },
      add('heading', ui['draft.addHeading']),
      add('text', ui['draft.addText']),
    );
  }

  #add(kind: DraftPiece['kind'], record: string) {
    const piece = appended(this.#draft.records, { id: newId(), kind, text: '', record }, new Date().toISOString());
    this.#save([piece]);
    this.render();
    this.#list.querySelector<HTMLElement>(`[data-id="${piece.id}"] [data-role="field"]`)?.focus();
  }

  #move(id: string, to: number) {
    const changed = moved(this.#draft.records, id, to, new Date().toISOString());
    if (!changed.length) return;
    this.#save(changed);
    this.render();
    const count = arranged(this.#draft.records).length;
    this.#status.textContent = fill(ui['draft.moved'], { position: to + 1, count });
  }

  get #actions(): RowActions {
    const find = (id: string) => this.#draft.records.find((p) => p.id === id);
    return {
      move: (id, to) => this.#move(id, to),
      remove: (id) => {
        const piece = find(id);
        if (piece) this.#save([removed(piece, new Date().toISOString())]);
        this.render();
      },
      edit: (id, text) => {
        const piece = find(id);
        if (piece) this.#save([{ ...piece, text, updated: new Date().toISOString() }]);
      },
    };
  }

  #showCount() {
    showCount(this.#count, split(this.#draft.records, this.#words), this.#draft.records);
    this.#print.replaceChildren(...printView(this.#layout()));
  }

  /** Builds the list and the tray from the device's records, keeping the focus on the control that had it. */
  render() {
    const focused = document.activeElement?.closest<HTMLElement>('[data-id] [data-role]');
    const focus = focused && { id: focused.closest<HTMLElement>('[data-id]')!.dataset.id, role: focused.dataset.role };
    const pieces = arranged(this.#draft.records);
    this.#list.replaceChildren(
      ...pieces.map((piece, i) => pieceRow(piece, i, pieces.length, this.#entries.get(piece.record), this.#actions)),
    );
    if (!pieces.length) this.#list.append(build('li', { class: 'draft-empty' }, ui['draft.empty']));
    const entries = [...this.#entries.values()];
    this.#tray.replaceChildren(
      ...entries.map((entry) =>
        trayRow(
          entry,
          (kind) => placed(this.#draft.records, entry.record.id, kind),
          (kind) => this.#add(kind, entry.record.id),
        ),
      ),
    );
    if (!entries.length) this.#tray.append(build('li', {}, ui['draft.trayEmpty']));
    this.#settings.show(this.#draft.records);
    this.#showCount();
    if (!focus) return;
    const row = this.#list.querySelector<HTMLElement>(`[data-id="${focus.id}"]`);
    const control = row?.querySelector<HTMLElement>(`[data-role="${focus.role}"]:not(:disabled)`);
    (control ?? row)?.focus();
  }
}
