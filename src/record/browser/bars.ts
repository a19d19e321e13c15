// 学习记录's plain progress bars in every copy of the contents on the page (the sidebar's parts, the home page's):
// x / N 段 per part, and on the home page the whole speech with the time and a link to the record on 摘抄本. Shown only
// while the record is on and holds a paragraph read: a reader who never read here sees no bars.
import { fill } from '../../i18n/fill.ts';
import { recordText as ui } from '../../i18n/browser.ts';
import { build } from '../../shell/dom.ts';
import { timeLine, wholeLine } from '../export.ts';
import { partSpan, readCounts, readingTime, type PartSpan, type ReadingRecord } from '../record.ts';

/** A bar with its words: the words are the bar's accessible form, the bar itself is only drawn. */
export function bar(words: string, read: number, of: number, className = 'record-bar'): HTMLElement {
  const drawn = build('progress', { max: String(of), value: String(read), 'aria-hidden': 'true' });
  return build('span', { class: className }, build('span', { class: 'record-words' }, words), drawn);
}

/** The parts of the speech as the page's contents list them (data-paragraphs on each part's entry). */
export function partsOnPage(): (PartSpan & { label: string })[] {
  const entries = document.querySelectorAll<HTMLElement>('nav.toc li[data-paragraphs]');
  const parts = new Map<string, PartSpan & { label: string }>();
  for (const entry of entries) {
    const link = entry.querySelector(':scope > a');
    const id = /part-\d+/.exec(link?.getAttribute('href') ?? '')?.[0];
    const span = id && partSpan(id, entry.dataset.paragraphs ?? '');
    if (span) parts.set(span.id, { ...span, label: link?.textContent?.trim() ?? '' });
  }
  return [...parts.values()];
}

/** Draws (or removes, when off or empty) the bars in every contents list of the page. */
export function drawBars(record: ReadingRecord, on: boolean, notesPage: string | undefined) {
  for (const old of document.querySelectorAll('nav.toc .record-bar, nav.toc .record-whole')) old.remove();
  const parts = partsOnPage();
  const counts = readCounts(record, parts);
  if (!on || counts.read === 0) return;
  for (const entry of document.querySelectorAll<HTMLElement>('nav.toc li[data-paragraphs]')) {
    const id = /part-\d+/.exec(entry.querySelector(':scope > a')?.getAttribute('href') ?? '')?.[0];
    const part = counts.parts.find((p) => p.id === id);
    if (part) entry.querySelector(':scope > a')!.after(bar(fill(ui.part, part), part.read, part.of));
  }
  const home = document.querySelector('nav.toc.contents > h2');
  if (!home) return;
  const whole = bar(wholeLine(counts, ui), counts.read, counts.of, 'record-whole');
  whole.append(build('span', { class: 'record-words' }, timeLine(readingTime(record).total, ui)));
  if (notesPage) whole.append(build('a', { href: `${notesPage}#record` }, ui.more));
  home.after(whole);
}
