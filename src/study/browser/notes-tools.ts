// 摘抄本's tools: the heading the exports carry, the filter, the exports (each download with a copy twin), and the
// backup with its import. Each button says in the page's status line how its action went.
import { isoDay } from '../../citation/citation.ts';
import { fill } from '../../i18n/fill.ts';
import { studyStrings as ui } from '../../i18n/browser.ts';
import { STYLES } from '../model.ts';
import { toMarkdown, toText, type NotesBlock } from '../notes-layout.ts';
import { build } from '../../shell/dom.ts';
import { copyText } from '../../shell/copy.ts';
import { wordFile } from './word.ts';
import { action, copied, download, saved, slowDownload, textFile } from './files.ts';
import { fullUi } from './full-text.ts';

export type Filter = 'all' | 'excerpt' | 'note' | (typeof STYLES)[number];

/** What the tools act on: 学习笔记 as set out now, the backup, and the line that says how an action went. */
export interface NotesSource {
  layout(): NotesBlock[];
  title: string;
  backupText(): string;
  /** The backup was downloaded or copied: the page remembers when. */
  backedUp(): void;
  /** Merges a backup file in; what happened, in words. */
  importFile(file: File): Promise<string>;
  status: HTMLElement;
  /** The whole text's .docx with the reader's marks. */
  fullWord(): Promise<Blob>;
  /** The same as one self-contained .html file. */
  fullHtml(): Promise<Blob>;
}

const day = () => isoDay(new Date());
const fileName = (extension: string) => `${fill(ui['notes.file'], { day: day() })}.${extension}`;

/** The name and date the exports and the print carry. */
export function headingFields(name: HTMLInputElement, date: HTMLInputElement): HTMLElement {
  return build(
    'fieldset',
    { class: 'notes-heading' },
    build('legend', {}, ui['notes.heading']),
    build('label', { for: 'notes-name' }, ui['notes.name']),
    name,
    build('label', { for: 'notes-date' }, ui['notes.date']),
    date,
  );
}

/** Shows all entries, one style, the excerpts or those with a note. */
export function filterRow(chosen: (filter: Filter) => void): HTMLElement {
  const filter = build('select', { id: 'notes-filter' }) as HTMLSelectElement;
  const options: [Filter, string][] = [
    ['all', ui['notes.filter.all']],
    ...STYLES.map((s): [Filter, string] => [s, fill(ui['notes.style'], { style: ui[`study.style.${s}`] })]),
    ['excerpt', ui['notes.filter.excerpt']],
    ['note', ui['notes.filter.note']],
  ];
  for (const [value, label] of options) filter.append(build('option', { value }, label));
  filter.addEventListener('change', () => chosen(filter.value as Filter));
  return build('div', { class: 'notes-row' }, build('label', { for: 'notes-filter' }, ui['notes.filter']), filter);
}

/** 学习笔记 copied or downloaded as text, Markdown or Word, or printed. */
export function exportRow(source: NotesSource): HTMLElement {
  const { status } = source;
  return build(
    'div',
    { class: 'notes-row', role: 'group', 'aria-label': ui['notes.export'] },
    action(status, ui['notes.copyText'], async () => copied(await copyText(toText(source.layout()))), 'copy-text'),
    action(status, ui['notes.downloadText'], () => saved(fileName('txt'), textFile(toText(source.layout()))), 'txt'),
    action(
      status,
      ui['notes.copyMarkdown'],
      async () => copied(await copyText(toMarkdown(source.layout()))),
      'copy-md',
    ),
    action(
      status,
      ui['notes.downloadMarkdown'],
      () => saved(fileName('md'), textFile(toMarkdown(source.layout()), 'text/markdown')),
      'md',
    ),
    slowDownload(
      status,
      ui['notes.downloadWord'],
      'docx',
      () => fileName('docx'),
      () => wordFile({ kind: 'notes', blocks: source.layout(), creator: source.title }, ui['notes.wordFailed']),
    ),
    slowDownload(
      status,
      fullUi['full.downloadWord'],
      'full-docx',
      () => `${fill(ui['notes.file'], { day: day() })}-全文.docx`,
      () => source.fullWord(),
    ),
    action(
      status,
      fullUi['full.downloadHtml'],
      async () => {
        status.textContent = ui['notes.working'];
        return saved(`${fill(ui['notes.file'], { day: day() })}-全文.html`, await source.fullHtml());
      },
      'full-html',
    ),
    action(status, ui['notes.print'], () => (print(), '')),
  );
}

/** The JSON backup, downloaded or copied, and its import. */
export function backupRow(source: NotesSource, state: HTMLElement): HTMLElement {
  const { status } = source;
  const file = build('input', {
    type: 'file',
    accept: '.json,application/json',
    id: 'notes-import',
    class: 'visually-hidden',
  }) as HTMLInputElement;
  file.addEventListener('change', async () => {
    const chosen = file.files?.[0];
    file.value = '';
    if (chosen) status.textContent = await source.importFile(chosen);
  });
  const downloadBackup = () => {
    download(`摘抄本备份-${day()}.json`, textFile(source.backupText(), 'application/json'));
    source.backedUp();
    return ui['notes.downloaded'];
  };
  const copyBackup = async () => {
    const done = await copyText(source.backupText());
    if (done) source.backedUp();
    return copied(done);
  };
  return build(
    'div',
    { class: 'notes-backup' },
    build('h2', {}, ui['notes.backup']),
    build('p', {}, ui['notes.backupHint']),
    state,
    build(
      'div',
      { class: 'notes-row' },
      action(status, ui['notes.downloadBackup'], downloadBackup, 'json'),
      action(status, ui['notes.copyBackup'], copyBackup, 'copy-json'),
      build('label', { for: 'notes-import', class: 'notes-import-label' }, ui['notes.import']),
      file,
    ),
  );
}
