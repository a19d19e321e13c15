// 摘抄本 (/notes/): the saved passages of this device in the speech's order, grouped by part and section, with
// their 字数, a filter by style, the exports (each download with a copy twin), the JSON backup and its import.
// Everything the reader wrote is put in as text (textContent), never as markup.
import { isoDay } from '../../citation/citation.ts';
import { fill } from '../../i18n/fill.ts';
import { studyStrings as ui } from '../../i18n/browser.ts';
import { BackupError, MAX_BACKUP_BYTES, readBackup, toBackup, tooLarge } from '../backup.ts';
import { importReview, reviewMerged, storedReview } from '../../practice/browser/backup.ts';
import { recordStore } from '../../record/browser/record-store.ts';
import { mergeDraft, type DraftPiece } from '../../writing/draft.ts';
import { STORAGE_KEYS } from '../../shell/storage.ts';
import { entriesOf, grouped, type Entry, type Facts, type Heading, type ParagraphInfo } from '../export.ts';
import { notesLayout } from '../notes-layout.ts';
import { anchorAcross, characterCounts, hashText, merge, type Fold } from '../model.ts';
import { folding } from '../../search/browser/fold.ts';
import { build } from '../../shell/dom.ts';
import { StudyStore } from './study-store.ts';
import { fullHtmlFile, fullWordFile } from './full-text.ts';
import { paragraphsOf } from '../export.ts';
import { backupRow, exportRow, filterRow, headingFields, type Filter, type NotesSource } from './notes-tools.ts';

/** Past this many entries without a backup since the last change, the page asks for one. */
const REMIND_AFTER = 3;
/** Entries and headings built before the first frame, then in each later task. */
const FIRST = 30;
const LATER = 60;

export class StudyNotes extends HTMLElement {
  #store = new StudyStore();
  // The 心得提纲 travels in the same backup (src/writing/).
  #draft = new StudyStore<DraftPiece>(STORAGE_KEYS.draft, mergeDraft);
  #paragraphs: Record<string, ParagraphInfo> = {};
  #facts = {} as Facts;
  #filter: Filter = 'all';
  #list = build('div', { class: 'notes-list' });
  #summary = build('p', { class: 'notes-summary' });
  #backupState = build('p', { class: 'notes-backup-state' });
  #status = build('p', { class: 'notes-status', role: 'status' });
  #name = build('input', { id: 'notes-name', type: 'text', autocomplete: 'name' }) as HTMLInputElement;
  #date = build('input', { id: 'notes-date', type: 'text' }) as HTMLInputElement;
  #printHeading = build('p', { class: 'notes-print-heading print-only' });
  #tools = build('div', { class: 'notes-tools' });
  #ready = false;
  #hashes = new Map<string, string>();
  #rendering = 0;
  /** The fold to Simplified, once a passage saved in the other edition asked for it. */
  #fold: Fold | undefined;

  #hashOf(paragraph: string, text: string): string {
    let hash = this.#hashes.get(paragraph);
    if (!hash) this.#hashes.set(paragraph, (hash = hashText(text)));
    return hash;
  }

  connectedCallback() {
    if (this.#ready) return;
    this.#ready = true;
    this.#paragraphs = paragraphsOf(this.dataset.paragraphs, location.origin);
    this.#facts = JSON.parse(this.dataset.facts ?? '{}') as Facts;
    this.#date.value = isoDay(new Date());
    this.#printHeading.dataset.title = fill(ui['notes.title'], { title: this.#facts.title });
    for (const field of [this.#name, this.#date]) field.addEventListener('input', () => this.#showPrintHeading());
    this.#buildTools();
    this.#store.onChange(() => this.render());
    this.render();
  }

  get #heading(): Heading {
    return { title: this.#facts.title, name: this.#name.value.trim(), date: this.#date.value.trim() };
  }

  #entries(): Entry[] {
    return entriesOf(this.#store.records, this.#paragraphs, this.#facts, isoDay(new Date()), this.#fold);
  }

  #buildTools() {
    const source: NotesSource = {
      layout: () => notesLayout(this.#entries(), this.#heading, ui),
      title: this.#facts.title,
      backupText: () =>
        JSON.stringify(
          toBackup(this.#store.records, (p) => this.#paragraphs[p]?.page ?? '', new Date().toISOString(), {
            practice: storedReview(),
            record: recordStore().record,
            draft: this.#draft.records,
          }),
          null,
          1,
        ),
      backedUp: () => {
        this.#store.markBackedUp(new Date().toISOString());
        this.#showBackupState();
      },
      importFile: (file) => this.#import(file),
      fullWord: () => fullWordFile(this.dataset.full ?? '', this.#store.records, this.#facts.title),
      fullHtml: () => fullHtmlFile(this.dataset.full ?? '', this.#store.records),
      status: this.#status,
    };
    const filter = filterRow((chosen) => {
      this.#filter = chosen;
      this.render();
    });
    this.#tools.replaceChildren(
      headingFields(this.#name, this.#date),
      filter,
      exportRow(source),
      backupRow(source, this.#backupState),
      this.#status,
    );
  }

  /** Merges a backup file into the device's records; what happened, in words. */
  async #import(chosen: File): Promise<string> {
    try {
      if (chosen.size > MAX_BACKUP_BYTES) throw new BackupError(tooLarge(chosen.size));
      const { records: incoming, practice, record, draft } = readBackup(await chosen.text());
      // 自测's review schedule travels in the same file (backup version 2).
      if (practice && !importReview(practice)) throw new Error(ui['study.storageFailed']);
      const before = new Map(this.#store.records.map((r) => [r.id, r.updated]));
      const after = merge(this.#store.records, incoming);
      const added = after.filter((r) => !before.has(r.id)).length;
      const updated = after.filter((r) => before.has(r.id) && before.get(r.id) !== r.updated).length;
      if (!this.#store.save(incoming) || (draft.length > 0 && !this.#draft.save(draft)))
        throw new Error(ui['study.storageFailed']);
      // 学习记录 merges by union and maximum: the same file imported twice adds nothing.
      if (record && !recordStore().merge(record)) throw new Error(ui['study.storageFailed']);
      this.render();
      const said = added + updated ? fill(ui['notes.imported'], { added, updated }) : ui['notes.importedNothing'];
      return said + (practice ? reviewMerged() : '');
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  }

  #showPrintHeading() {
    const { name, date } = this.#heading;
    this.#printHeading.textContent = [name && `${ui['notes.name']}：${name}`, date && `${ui['notes.date']}：${date}`]
      .filter(Boolean)
      .join('　');
  }

  #showBackupState() {
    const last = this.#store.lastBackup;
    const live = this.#store.live;
    const changedSince = live.some((r) => !last || r.updated > last);
    const lines = [last ? fill(ui['notes.lastBackup'], { date: isoDay(new Date(last)) }) : ui['notes.neverBackedUp']];
    if (live.length > REMIND_AFTER && changedSince) lines.push(fill(ui['notes.remind'], { count: live.length }));
    this.#backupState.textContent = lines.join(' ');
    this.#backupState.classList.toggle('notes-remind', live.length > REMIND_AFTER && changedSince);
  }

  #matches(entry: Entry): boolean {
    const { record } = entry;
    if (this.#filter === 'all') return true;
    if (this.#filter === 'excerpt') return record.kind === 'excerpt';
    if (this.#filter === 'note') return Boolean(record.note);
    return record.kind === 'highlight' && record.style === this.#filter;
  }

  /** Builds the list from the device's records; with none, the server's empty state stays, above the backup's import. */
  render() {
    const all = this.#entries();
    const empty = this.querySelector('.notes-empty');
    if (this.#store.failure && all.length === 0) {
      this.replaceChildren(
        build('p', { class: 'notes-failed', role: 'alert' }, ui['notes.storageFailed']),
        this.#tools,
      );
      return;
    }
    this.#showBackupState();
    if (all.length === 0) {
      if (!this.contains(this.#tools)) this.append(this.#tools);
      this.#tools.classList.add('notes-tools-empty');
      return;
    }
    empty?.remove();
    this.#tools.classList.remove('notes-tools-empty');
    const counts = characterCounts(all.map((e) => e.record));
    this.#summary.textContent = fill(ui['notes.count'], { count: all.length, ...counts });
    const shown = all.filter((e) => this.#matches(e));
    const list: (() => Node)[] = [];
    for (const { part, sections } of grouped(shown)) {
      list.push(() => build('h2', { class: 'notes-part' }, part));
      for (const { section, entries } of sections) {
        if (section) list.push(() => build('h3', { class: 'notes-section' }, section));
        for (const entry of entries) list.push(() => this.#entry(entry));
      }
    }
    if (shown.length === 0) list.push(() => build('p', {}, ui['notes.nothingMatches']));
    // The first screens at once, the rest in later tasks: a long list does not hold up the first frame.
    const token = ++this.#rendering;
    this.#list.replaceChildren(...list.slice(0, FIRST).map((make) => make()));
    let at = FIRST;
    const more = () => {
      if (token !== this.#rendering || at >= list.length) return;
      this.#list.append(...list.slice(at, (at += LATER)).map((make) => make()));
      setTimeout(more);
    };
    setTimeout(more);
    this.#showPrintHeading();
    if (!this.contains(this.#list)) this.replaceChildren(this.#printHeading, this.#summary, this.#tools, this.#list);
  }

  /** A passage not found as saved may be in the other edition's script: the list again with both folded. */
  #foldAndRender() {
    void folding().then((fold) => {
      if (!fold || this.#fold) return;
      this.#fold = fold;
      this.render();
    });
  }

  #entry({ record, info, permalink, citation, day }: Entry): HTMLElement {
    const lost = anchorAcross(record, info.text, this.#fold, this.#hashOf(record.paragraph, info.text)) === null;
    if (lost && !this.#fold) this.#foldAndRender();
    const kind =
      record.kind === 'excerpt'
        ? ui['notes.filter.excerpt']
        : fill(ui['notes.style'], { style: ui[`study.style.${record.style}`] });
    const head = build(
      'p',
      { class: 'notes-place' },
      build('a', { href: permalink }, info.place),
      build('span', { class: 'notes-kind' }, kind),
      build('time', { datetime: record.created }, day),
    );
    const article = build(
      'article',
      { class: 'notes-entry', 'data-id': record.id },
      head,
      build('blockquote', { class: 'notes-words' }, record.exact),
    );
    if (lost)
      article.append(
        build('p', { class: 'notes-orphan' }, build('strong', {}, ui['notes.orphan']), `：${ui['notes.orphanHint']}`),
      );
    if (record.note) article.append(build('p', { class: 'notes-note' }, ui['notes.noteLabel'], record.note));
    article.append(build('p', { class: 'notes-source' }, ui['notes.source'], citation));
    return article;
  }
}
