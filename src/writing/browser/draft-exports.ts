// The 心得's files (.docx, .txt, .md, each download with a copy twin for in-app browsers) and its print, plain or on
// lined paper for those who hand-write it. Each button says in the status line how it went.
import { isoDay } from '../../citation/citation.ts';
import { fill } from '../../i18n/fill.ts';
import { studyStrings } from '../../i18n/browser.ts';
import { writingStrings as ui } from './strings.ts';
import { build } from '../../shell/dom.ts';
import { copyText } from '../../shell/copy.ts';
import { action, copied, saved, slowDownload, textFile } from '../../study/browser/files.ts';
import { toMarkdown, toText, type DraftDocument } from '../draft-layout.ts';
import { wordFile } from '../../study/browser/word.ts';

export interface DraftSource {
  layout(): DraftDocument;
  title: string;
  status: HTMLElement;
}

const fileName = (extension: string) => `${fill(ui['draft.file'], { day: isoDay(new Date()) })}.${extension}`;

/** Prints the page's print view, on lined paper when asked (the rules are drawn by draft.css). */
function printDraft(lined: boolean) {
  const root = document.documentElement;
  if (lined) root.dataset.lined = '';
  addEventListener('afterprint', () => delete root.dataset.lined, { once: true });
  print();
  return '';
}

export function exportRow(source: DraftSource): HTMLElement {
  const { status } = source;
  const text = () => toText(source.layout(), ui['draft.notes']);
  return build(
    'div',
    { class: 'draft-row', role: 'group', 'aria-label': ui['draft.export'] },
    slowDownload(
      status,
      studyStrings['notes.downloadWord'],
      'docx',
      () => fileName('docx'),
      () =>
        wordFile({ kind: 'draft', document: source.layout(), creator: source.title }, studyStrings['notes.wordFailed']),
    ),
    action(status, studyStrings['notes.downloadText'], () => saved(fileName('txt'), textFile(text())), 'txt'),
    action(status, studyStrings['notes.copyText'], async () => copied(await copyText(text())), 'copy-text'),
    action(
      status,
      studyStrings['notes.downloadMarkdown'],
      () => saved(fileName('md'), textFile(toMarkdown(source.layout()), 'text/markdown')),
      'md',
    ),
    action(status, ui['draft.print'], () => printDraft(false), 'print'),
    action(status, ui['draft.printLined'], () => printDraft(true), 'print-lined'),
  );
}

/** What the print shows: the 心得 as the files give it, its sources as numbered notes at the end. */
export function printView({ blocks, notes }: DraftDocument): Node[] {
  const body = blocks.map((block) => {
    if (block.kind === 'title') return build('p', { class: 'draft-print-title' }, block.text);
    if (block.kind === 'heading') return build('p', { class: 'draft-print-heading' }, block.text);
    if (block.kind !== 'quote') return build('p', {}, block.text);
    return build('p', {}, block.text, build('sup', {}, `[${block.note}]`));
  });
  if (!notes.length) return body;
  const list = build('ol', { class: 'draft-print-notes' }, ...notes.map((note) => build('li', {}, note)));
  return [...body, build('p', { class: 'draft-print-heading' }, ui['draft.notes']), list];
}
