// 摘抄本 (/notes/): the saved passages of this device in the speech's order, grouped by part and section, with
// their 字数, a filter by style, the exports (each download with a copy twin), the JSON backup and its import.
// Everything the reader wrote is put in as text (textContent), never as markup.
import { isoDay } from '../citation/citation.ts';
import { fill } from '../i18n/fill.ts';
import { studyStrings as ui } from '../i18n/browser.ts';
import { BackupError, MAX_BACKUP_BYTES, readBackup, toBackup, tooLarge } from '../study/backup.ts';
import { importReview, reviewMerged, storedReview } from '../practice/browser/backup.ts';
import {
  entriesOf,
  grouped,
  toMarkdown,
  toText,
  type Entry,
  type Facts,
  type Heading,
  type ParagraphInfo,
} from '../study/export.ts';
import { anchor, characterCounts, hashText, merge, STYLES } from '../study/model.ts';
import { build, button } from './dom.ts';
import { copyText } from './copy.ts';
import { StudyStore } from './study-store.ts';
import DocxWorker from './notes-docx-worker.ts?worker';

/** Past this many entries without a backup since the last change, the page asks for one. */
const REMIND_AFTER = 3;
/** Entries and headings built before the first frame, then in each later task. */
const FIRST = 30;
const LATER = 60;

type Filter = 'all' | 'excerpt' | 'note' | (typeof STYLES)[number];

function download(name: string, data: Blob) {
  const link = build('a', { href: URL.createObjectURL(data), download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.getAttribute('href') ?? ''), 10_000);
}

/** The .docx, written by the docx library in a worker fetched only now. */
function wordFile(entries: Entry[], heading: Heading): Promise<Blob> {
  const worker = new DocxWorker();
  return new Promise<Blob>((resolve, reject) => {
    const failed = () => reject(new Error(ui['notes.wordFailed']));
    worker.addEventListener('message', (event: MessageEvent<Blob | string>) =>
      event.data instanceof Blob ? resolve(event.data) : failed(),
    );
    worker.addEventListener('error', failed);
    // Each link is worked out here: a getter does not travel to a worker.
    worker.postMessage({ entries: entries.map((entry) => ({ ...entry, permalink: entry.permalink })), heading });
  }).finally(() => worker.terminate());
}

const textFile = (text: string, type = 'text/plain') => new Blob([text], { type: `${type};charset=utf-8` });

export class StudyNotes extends HTMLElement {
  #store = new StudyStore();
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

  #hashOf(paragraph: string, text: string): string {
    let hash = this.#hashes.get(paragraph);
    if (!hash) this.#hashes.set(paragraph, (hash = hashText(text)));
    return hash;
  }

  connectedCallback() {
    if (this.#ready) return;
    this.#ready = true;
    const paths = JSON.parse(this.dataset.paragraphs ?? '{}') as Record<
      string,
      Omit<ParagraphInfo, 'page'> & { path: string }
    >;
    for (const [id, { path, ...info }] of Object.entries(paths))
      this.#paragraphs[id] = { ...info, page: new URL(path, location.origin).href };
    this.#facts = JSON.parse(this.dataset.facts ?? '{}') as Facts;
    this.#date.value = isoDay(new Date());
    this.#printHeading.dataset.title = `《${this.#facts.title}》学习笔记`;
    for (const field of [this.#name, this.#date]) field.addEventListener('input', () => this.#showPrintHeading());
    this.#buildTools();
    this.#store.onChange(() => this.render());
    this.render();
  }

  get #heading(): Heading {
    return { title: this.#facts.title, name: this.#name.value.trim(), date: this.#date.value.trim() };
  }

  #entries(): Entry[] {
    return entriesOf(this.#store.records, this.#paragraphs, this.#facts, isoDay(new Date()));
  }

  #buildTools() {
    const filter = build('select', { id: 'notes-filter' }) as HTMLSelectElement;
    const options: [Filter, string][] = [
      ['all', ui['notes.filter.all']],
      ...STYLES.map((s): [Filter, string] => [s, fill(ui['notes.style'], { style: ui[`study.style.${s}`] })]),
      ['excerpt', ui['notes.filter.excerpt']],
      ['note', ui['notes.filter.note']],
    ];
    for (const [value, label] of options) filter.append(build('option', { value }, label));
    filter.addEventListener('change', () => {
      this.#filter = filter.value as Filter;
      this.render();
    });

    const action = (label: string, run: () => Promise<string> | string, attributes: Record<string, string> = {}) => {
      const b = button({ ...attributes }, label);
      b.addEventListener('click', async () => {
        try {
          this.#status.textContent = await run();
        } catch (error) {
          this.#status.textContent = error instanceof Error ? error.message : String(error);
        }
      });
      return b;
    };
    const copied = async (text: string) => ((await copyText(text)) ? ui['notes.copied'] : ui['study.copyFailed']);
    const backupText = () =>
      JSON.stringify(
        toBackup(this.#store.records, (p) => this.#paragraphs[p]?.page ?? '', new Date().toISOString(), storedReview()),
        null,
        1,
      );
    const backedUp = (message: string) => {
      this.#store.markBackedUp(new Date().toISOString());
      this.#showBackupState();
      return message;
    };
    const day = () => isoDay(new Date());

    const file = build('input', {
      type: 'file',
      accept: '.json,application/json',
      id: 'notes-import',
      class: 'visually-hidden',
    }) as HTMLInputElement;
    file.addEventListener('change', () => void this.#import(file));
    const importLabel = build('label', { for: 'notes-import', class: 'notes-import-label' }, ui['notes.import']);

    this.#tools.replaceChildren(
      build(
        'fieldset',
        { class: 'notes-heading' },
        build('legend', {}, ui['notes.heading']),
        build('label', { for: 'notes-name' }, ui['notes.name']),
        this.#name,
        build('label', { for: 'notes-date' }, ui['notes.date']),
        this.#date,
      ),
      build('div', { class: 'notes-row' }, build('label', { for: 'notes-filter' }, ui['notes.filter']), filter),
      build(
        'div',
        { class: 'notes-row', role: 'group', 'aria-label': ui['notes.export'] },
        action(ui['notes.copyText'], () => copied(toText(this.#entries(), this.#heading)), {
          'data-export': 'copy-text',
        }),
        action(
          ui['notes.downloadText'],
          () => {
            download(`学习笔记-${day()}.txt`, textFile(toText(this.#entries(), this.#heading)));
            return ui['notes.downloaded'];
          },
          { 'data-export': 'txt' },
        ),
        action(ui['notes.copyMarkdown'], () => copied(toMarkdown(this.#entries(), this.#heading)), {
          'data-export': 'copy-md',
        }),
        action(
          ui['notes.downloadMarkdown'],
          () => {
            download(`学习笔记-${day()}.md`, textFile(toMarkdown(this.#entries(), this.#heading), 'text/markdown'));
            return ui['notes.downloaded'];
          },
          { 'data-export': 'md' },
        ),
        action(
          ui['notes.downloadWord'],
          async () => {
            this.#status.textContent = ui['notes.working'];
            const blob = await wordFile(this.#entries(), this.#heading);
            download(`学习笔记-${day()}.docx`, blob);
            return ui['notes.downloaded'];
          },
          { 'data-export': 'docx' },
        ),
        action(ui['notes.print'], () => {
          print();
          return '';
        }),
      ),
      build(
        'div',
        { class: 'notes-backup' },
        build('h2', {}, ui['notes.backup']),
        build('p', {}, ui['notes.backupHint']),
        this.#backupState,
        build(
          'div',
          { class: 'notes-row' },
          action(
            ui['notes.downloadBackup'],
            () => {
              download(`摘抄本备份-${day()}.json`, textFile(backupText(), 'application/json'));
              return backedUp(ui['notes.downloaded']);
            },
            { 'data-export': 'json' },
          ),
          action(
            ui['notes.copyBackup'],
            async () => {
              const message = await copied(backupText());
              return message === ui['notes.copied'] ? backedUp(message) : message;
            },
            { 'data-export': 'copy-json' },
          ),
          importLabel,
          file,
        ),
      ),
      this.#status,
    );
  }

  async #import(input: HTMLInputElement) {
    const chosen = input.files?.[0];
    input.value = '';
    if (!chosen) return;
    try {
      if (chosen.size > MAX_BACKUP_BYTES) throw new BackupError(tooLarge(chosen.size));
      const { records: incoming, practice } = readBackup(await chosen.text());
      if (practice && !importReview(practice)) throw new Error(ui['study.storageFailed']);
      const before = new Map(this.#store.records.map((r) => [r.id, r.updated]));
      const after = merge(this.#store.records, incoming);
      const added = after.filter((r) => !before.has(r.id)).length;
      const updated = after.filter((r) => before.has(r.id) && before.get(r.id) !== r.updated).length;
      if (!this.#store.save(incoming)) throw new Error(ui['study.storageFailed']);
      this.render();
      this.#status.textContent =
        (added + updated ? fill(ui['notes.imported'], { added, updated }) : ui['notes.importedNothing']) +
        (practice ? reviewMerged() : '');
    } catch (error) {
      this.#status.textContent = error instanceof Error ? error.message : String(error);
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

  #entry({ record, info, permalink, citation, day }: Entry): HTMLElement {
    const lost = anchor(record, info.text, this.#hashOf(record.paragraph, info.text)) === null;
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
