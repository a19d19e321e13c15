// The whole text (/full/) with the reader's marks, for the Word and HTML files: the page is fetched (from the offline
// copy when there is one), its speech read block by block in order, and each live highlight and excerpt placed in its
// paragraph. A passage that cannot be placed (未能定位) is left out, never put somewhere else.
import { anchor, markStyleOf, type MarkStyle, type StudyRecord } from '../model.ts';
import { markedRuns, type FullBlock, type Mark } from '../full-marks.ts';
import { fullTextStrings } from '../../i18n/full-text.ts';
import { fullTextStringsHant } from '../../i18n/full-text-hant.ts';
import { studyStrings as ui } from '../../i18n/browser.ts';
import { wordFile } from './word.ts';
import HtmlWorker from './full-html-worker.ts?worker';

/** The strings of the page's edition. */
export const fullUi: typeof fullTextStrings =
  document.documentElement.lang === 'zh-Hant' ? (fullTextStringsHant as typeof fullTextStrings) : fullTextStrings;

export type { FullBlock };

/** Each way a passage is drawn, named as the page's edition names it (the bar's buttons): the exports print these. */
const markNames = (): Record<MarkStyle, string> => ({
  直线: ui['study.style.直线'],
  马克笔: ui['study.style.马克笔'],
  波浪线: ui['study.style.波浪线'],
  excerpt: ui['study.excerpt'],
});

const KINDS: Record<string, 'title' | 'part' | 'section' | 'note'> = {
  H1: 'title',
  H2: 'part',
  H3: 'section',
  DIV: 'note',
};

/** The blocks of /full/'s speech, in order, with the highlights and excerpts of `records` in its paragraphs. */
export async function fullText(address: string, records: StudyRecord[]): Promise<FullBlock[]> {
  const response = await fetch(address);
  if (!response.ok) throw new Error(String(response.status));
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  const marks = new Map<string, StudyRecord[]>();
  // Oldest first, so where two overlap the later one's style shows.
  for (const r of records.filter((r) => !r.deleted).sort((a, b) => a.created.localeCompare(b.created)))
    marks.set(r.paragraph, [...(marks.get(r.paragraph) ?? []), r]);
  const blocks: FullBlock[] = [];
  for (const element of page.querySelectorAll<HTMLElement>(
    'h1[data-speech], [data-speech] :is(h2, h3, .note, p.paragraph)',
  )) {
    const text = element.textContent ?? '';
    if (element.tagName !== 'P') {
      blocks.push({ kind: KINDS[element.tagName] ?? 'note', text });
      continue;
    }
    const placed = (marks.get(element.id) ?? []).flatMap((record): Mark[] => {
      const at = anchor(record, text);
      return at ? [{ start: at.start, end: at.end, style: markStyleOf(record), note: record.note }] : [];
    });
    blocks.push({ kind: 'paragraph', runs: markedRuns(text, placed) });
  }
  return blocks;
}

/** The whole text's .docx with the marks, written in a worker fetched only now. */
export async function fullWordFile(address: string, records: StudyRecord[], creator: string): Promise<Blob> {
  const blocks = await fullText(address, records).catch(() => {
    throw new Error(fullUi['full.failed']);
  });
  return wordFile({ kind: 'full', blocks, names: markNames(), creator }, fullUi['full.failed']);
}

/** The whole text as one self-contained .html file with the marks, written in a worker fetched only now. */
export async function fullHtmlFile(address: string, records: StudyRecord[]): Promise<Blob> {
  const failed = () => new Error(fullUi['full.failed']);
  const blocks = await fullText(address, records).catch(() => {
    throw failed();
  });
  const strings = {
    lang: document.documentElement.lang,
    notes: fullUi['full.notes'],
    back: fullUi['full.back'],
    styles: markNames(),
  };
  const worker = new HtmlWorker();
  const html = await new Promise<string>((resolve, reject) => {
    worker.addEventListener('message', (event: MessageEvent<string>) => resolve(event.data));
    worker.addEventListener('error', () => reject(failed()));
    worker.postMessage({ blocks, strings });
  }).finally(() => worker.terminate());
  return new Blob([html], { type: 'text/html;charset=utf-8' });
}
