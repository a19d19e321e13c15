// 学习记录 on 摘抄本 (<reading-record id="record">, styled by record.css in the page's stylesheet): the bars for the
// whole speech and each part, the reading time, what the reader excerpted and wrote, 自测 where it exists; the rule for
// "read" and where the record is kept, in words; the switch, the export (dated, 本机记录，非学时凭证) and 清除.
import { isoDay } from '../../citation/citation.ts';
import { fill } from '../../i18n/fill.ts';
import { recordText as ui, studyStrings } from '../../i18n/browser.ts';
import { build, button } from '../../shell/dom.ts';
import { copyText } from '../../shell/copy.ts';
import { characterCounts } from '../../study/model.ts';
import { download, textFile } from '../../study/browser/files.ts';
import { StudyStore } from '../../study/browser/study-store.ts';
import { minutesOf, recordFile, studyLines, timeLine, wholeLine, type StudyFacts } from '../export.ts';
import { readCounts, readingTime } from '../record.ts';
import { selfTestTally } from '../self-test.ts';
import { bar, partsOnPage } from './bars.ts';
import { recordStore } from './record-store.ts';

/** What the reader made with the study tools, counted from the study store. */
function studyFacts(study: StudyStore): StudyFacts {
  const live = study.live;
  const selfTest = selfTestTally();
  return {
    excerpts: live.filter((r) => r.kind === 'excerpt').length,
    notes: live.filter((r) => r.note.trim()).length,
    ...characterCounts(live),
    ...(selfTest ? { selfTest } : {}),
  };
}

export class ReadingRecordPanel extends HTMLElement {
  #store = recordStore();
  #study = new StudyStore();
  #status = build('p', { class: 'record-small', role: 'status' });
  #toggle = build('input', { type: 'checkbox', id: 'record-on' }) as HTMLInputElement;
  #countsBox = build('div', {});
  #notice = build('p', { role: 'status' });

  connectedCallback() {
    if (this.childElementCount) return;
    this.classList.add('record-panel');
    this.#toggle.addEventListener('change', () => {
      if (!this.#store.switch(this.#toggle.checked)) this.#status.textContent = ui.storageFailed;
    });
    this.#store.onChange(() => this.render());
    this.#study.onChange(() => this.render());
    this.render();
  }

  #text(): string {
    const title = document.querySelector('meta[name="citation_title"]')?.getAttribute('content') ?? '';
    return recordFile(
      this.#store.record,
      partsOnPage(),
      studyFacts(this.#study),
      { title, day: isoDay(new Date()) },
      ui,
    );
  }

  #actions(): HTMLElement {
    const act = (label: string, run: () => Promise<string> | string) => {
      const b = button({}, label);
      b.addEventListener('click', async () => (this.#status.textContent = await run()));
      return b;
    };
    return build(
      'div',
      { class: 'notes-row' },
      act(ui.copy, async () =>
        (await copyText(this.#text())) ? studyStrings['notes.copied'] : studyStrings['study.copyFailed'],
      ),
      act(ui.download, () => {
        download(`${fill(ui.file, { day: isoDay(new Date()) })}.txt`, textFile(this.#text()));
        return studyStrings['notes.downloaded'];
      }),
      act(ui.clear, () => {
        if (!confirm(ui.clearConfirm)) return '';
        return this.#store.clear() ? ui.cleared : ui.storageFailed;
      }),
    );
  }

  /** The counts as they are now. */
  #counts(): HTMLElement[] {
    const { record } = this.#store;
    const parts = partsOnPage();
    const counts = readCounts(record, parts);
    const facts = studyFacts(this.#study);
    const list = build('ul', {});
    parts.forEach((part, i) => {
      const count = counts.parts[i]!;
      list.append(build('li', {}, build('span', {}, part.label), bar(fill(ui.part, count), count.read, count.of)));
    });
    const lines = [timeLine(readingTime(record).total, ui), ...studyLines(facts, ui)];
    return [bar(wholeLine(counts, ui), counts.read, counts.of), list, ...lines.map((line) => build('p', {}, line))];
  }

  /** Built once (the switch keeps its focus); render() fills in the counts and the notes. */
  #build() {
    this.replaceChildren(
      build('h2', { id: 'record-title' }, ui.title),
      build('p', { class: 'record-label' }, ui.label),
      this.#countsBox,
      build('p', { class: 'record-switch' }, this.#toggle, build('label', { for: 'record-on' }, ui.switch)),
      this.#notice,
      this.#actions(),
      this.#status,
      build('p', { class: 'record-small' }, ui.rule),
      build('p', { class: 'record-small' }, ui.private),
    );
  }

  render() {
    const { record, on, failure } = this.#store;
    if (!this.contains(this.#countsBox)) this.#build();
    this.#toggle.checked = on;
    this.#countsBox.replaceChildren(...this.#counts());
    const read = Object.keys(record.read).length;
    const minutes = minutesOf(readingTime(record).total);
    const off = read || minutes ? fill(ui.offKept, { read, minutes }) : ui.offEmpty;
    this.#notice.textContent = failure ? ui.storageFailed : on ? '' : off;
    this.#notice.hidden = !this.#notice.textContent;
  }
}
