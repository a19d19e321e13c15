// The study tools on a page of the speech, loaded by the controls module on the first selection inside the speech
// (or at once when this device holds saved passages): the 划线 / 写想法 / 摘抄 / 复制（带出处） / 选整句 buttons in
// the selection bar, the painted highlights, and the editor a tapped highlight opens. Nothing runs on import.
import { citation, directiveContext, textDirective } from '../../citation/citation.ts';
import { studyStrings as ui } from '../../i18n/browser.ts';
import { quoteOf, STYLES, tombstone, toCodePoints, type Kind, type Style, type StudyRecord } from '../model.ts';
import studyStyles from '../study.css?url';
import { build, button } from '../../shell/dom.ts';
import { copyText } from '../../shell/copy.ts';
import { numberOfParagraph, placeOfBlock } from '../../shell/place.ts';
import { paint, paragraphText, place, placedAt, type Placed } from './study-paint.ts';
import { offsetOf, pointAt, textNodes, toRange } from '../../shell/text-range.ts';
import { newId, StudyStore } from './study-store.ts';
import { stylesheet } from '../../shell/stylesheet.ts';

/** One paragraph's share of the selection, in UTF-16 offsets of the paragraph's text. */
interface Piece {
  paragraph: HTMLElement;
  start: number;
  end: number;
}

const PARAGRAPH = '[data-speech] .paragraph';

/** The selection cut at paragraph boundaries: one piece for each paragraph it covers, empty pieces left out. */
function piecesOf(selection: Selection | null): Piece[] {
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return [];
  const range = selection.getRangeAt(0);
  const pieces: Piece[] = [];
  for (const paragraph of document.querySelectorAll<HTMLElement>(PARAGRAPH)) {
    if (!range.intersectsNode(paragraph)) continue;
    const text = paragraphText(paragraph);
    const start = paragraph.contains(range.startContainer)
      ? offsetOf(paragraph, range.startContainer, range.startOffset)
      : 0;
    const end = paragraph.contains(range.endContainer)
      ? offsetOf(paragraph, range.endContainer, range.endOffset)
      : text.length;
    if (text.slice(start, end).trim()) pieces.push({ paragraph, start, end });
  }
  return pieces;
}

const placeOf = (paragraph: HTMLElement) => `${placeOfBlock(paragraph)} · 第${numberOfParagraph(paragraph)}段`;

/** The page text the browser searches for a text directive, to see whether words recur on it. */
const pageText = () => document.body.textContent ?? '';

/** The link that opens the paragraph with exactly these words marked. */
function linkOf(paragraph: HTMLElement, start: number, end: number): string {
  const text = paragraphText(paragraph);
  const context = directiveContext(pageText(), text, start, end);
  return `${location.origin}${location.pathname}#${paragraph.id}${textDirective(text.slice(start, end), 10, context)}`;
}

/** The words followed by the site's citation, whose address marks them. */
function withSource(pieces: Piece[]): string {
  const title = document.querySelector<HTMLMetaElement>('meta[name="citation_title"]')?.content ?? '';
  return pieces
    .map(({ paragraph, start, end }) => {
      const words = paragraphText(paragraph).slice(start, end);
      const where = citation({
        title,
        place: placeOfBlock(paragraph),
        paragraph: numberOfParagraph(paragraph),
        url: linkOf(paragraph, start, end),
      });
      return `“${words}”\n${where}`;
    })
    .join('\n\n');
}

/** Widens the selection to the whole sentences it touches (Intl.Segmenter; never to "words", which Chinese has no spaces for). */
function selectSentence(pieces: Piece[]) {
  const first = pieces[0];
  const last = pieces.at(-1);
  if (!first || !last) return;
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'sentence' });
  const bounds = (paragraph: HTMLElement, at: number, side: 'start' | 'end') => {
    for (const { index, segment } of segmenter.segment(paragraphText(paragraph))) {
      const end = index + segment.length;
      if (side === 'start' ? at < end : at <= end) return side === 'start' ? index : end;
    }
    return at;
  };
  const start = bounds(first.paragraph, first.start, 'start');
  const end = bounds(last.paragraph, last.end, 'end');
  const from = pointAt(textNodes(first.paragraph), start, 'start');
  const to = pointAt(textNodes(last.paragraph), end, 'end');
  if (!from || !to) return;
  const range = toRange({ startContainer: from[0], startOffset: from[1], endContainer: to[0], endOffset: to[1] });
  const selection = getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

/** The lines of text that keep what storage refused: the words, their note and their source. */
const unsavedText = (records: StudyRecord[]) =>
  records
    .map((r) => {
      const paragraph = document.getElementById(r.paragraph);
      const title = document.querySelector<HTMLMetaElement>('meta[name="citation_title"]')?.content ?? '';
      const source =
        paragraph &&
        citation({
          title,
          place: placeOfBlock(paragraph),
          paragraph: numberOfParagraph(paragraph),
          url: `${location.origin}${location.pathname}#${r.paragraph}${textDirective(r.exact)}`,
        });
      return [`“${r.exact}”`, r.note && `想法：${r.note}`, source].filter(Boolean).join('\n');
    })
    .join('\n\n');

/** Says at once that storage refused, and offers the copy and the download of what was just made. */
function storageFailure(status: HTMLElement, records: StudyRecord[]) {
  const copy = button({ class: 'study-rescue' }, ui['study.copyUnsaved']);
  const download = button({ class: 'study-rescue' }, ui['study.downloadUnsaved']);
  copy.addEventListener('click', () => void copyText(unsavedText(records)));
  download.addEventListener('click', () => {
    const link = build('a', {
      href: URL.createObjectURL(new Blob([unsavedText(records)], { type: 'text/plain;charset=utf-8' })),
      download: '学习笔记（未保存）.txt',
    });
    link.click();
  });
  status.replaceChildren(build('span', {}, ui['study.storageFailed']), copy, download);
  status.classList.add('study-failed');
}

class Study {
  store = new StudyStore();
  placed: Placed[] = [];
  style: Style = '直线';
  editor = new StudyEditor(this);

  constructor() {
    this.store.onChange(() => this.repaint());
    this.repaint();
  }

  repaint() {
    this.placed = place(this.store.live).placed;
    paint(this.placed);
  }

  /** Saves new or changed records; on failure says so in `status` and offers their copy. */
  save(records: StudyRecord[], status: HTMLElement, done: string): boolean {
    const saved = this.store.save(records);
    this.repaint();
    status.classList.remove('study-failed');
    if (saved) status.textContent = done;
    else
      storageFailure(
        status,
        records.filter((r) => !r.deleted),
      );
    return saved;
  }

  create(pieces: Piece[], kind: Kind): StudyRecord[] {
    const now = new Date().toISOString();
    return pieces.map(({ paragraph, start, end }) => {
      const text = paragraphText(paragraph);
      return {
        id: newId(),
        paragraph: paragraph.id,
        ...quoteOf(text, toCodePoints(text, start), toCodePoints(text, end)),
        kind,
        style: this.style,
        note: '',
        created: now,
        updated: now,
      };
    });
  }

  /** The saved passages the selection overlaps. */
  overlapping(pieces: Piece[]): Placed[] {
    return this.placed.filter((p) =>
      pieces.some((piece) => piece.paragraph === p.paragraph && piece.start < p.end && p.start < piece.end),
    );
  }
}

const pointer = (kind: 'coarse' | 'fine') => matchMedia(`(pointer: ${kind})`).matches;

/**
 * On a fine pointer the bar stands just below the selection (above it when there is no room); on a touch screen it
 * stays at the foot of the screen, clear of the browser's own selection menu, and the page scrolls if it would
 * cover the selected words.
 */
function placeBar(bar: HTMLElement) {
  const selection = getSelection();
  if (bar.hidden || !selection || selection.isCollapsed || selection.rangeCount === 0) return;
  const words = selection.getRangeAt(0).getBoundingClientRect();
  const viewport = visualViewport ?? { height: innerHeight, width: innerWidth, offsetTop: 0 };
  if (!pointer('fine')) {
    bar.classList.remove('study-near');
    const top = bar.getBoundingClientRect().top;
    if (words.bottom > top - 8 && words.height < top - 80)
      scrollBy({ top: words.bottom - top + 16, behavior: 'instant' });
    return;
  }
  const height = bar.offsetHeight;
  const header = document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0;
  const below = words.bottom + 8;
  const above = words.top - 8 - height;
  // Words off screen, or no room either side: the bar stays at the foot of the screen.
  const fits = (y: number) => y >= header && y + height <= viewport.height;
  const y = fits(below) ? below : fits(above) ? above : undefined;
  bar.classList.toggle('study-near', y !== undefined);
  if (y === undefined) return;
  const width = bar.offsetWidth;
  const x = Math.min(Math.max(8, words.left + words.width / 2 - width / 2), viewport.width - width - 8);
  bar.style.setProperty('--study-top', `${Math.round(y)}px`);
  bar.style.setProperty('--study-left', `${Math.round(x)}px`);
}

/** The buttons added to the selection bar (the <selection-link> element, which keeps its own link button). */
function addToBar(study: Study, bar: HTMLElement) {
  const status = build('p', { class: 'study-status', role: 'status' });
  const styles = STYLES.map((style) =>
    // Named by the group (划线) they stand in: the visible name is the accessible one.
    button({ class: `study-style study-style-${STYLES.indexOf(style)}` }, ui[`study.style.${style}`]),
  );
  const note = button({ 'data-study': 'note' }, ui['study.note']);
  const excerpt = button({ 'data-study': 'excerpt' }, ui['study.excerpt']);
  const copy = button({ 'data-study': 'copy' }, ui['study.copyWithSource']);
  const sentence = button({ 'data-study': 'sentence' }, ui['study.sentence']);
  const open = button({ 'data-study': 'open', hidden: '' }, ui['study.open']);
  const actions = build(
    'div',
    { class: 'study-actions', role: 'group', 'aria-label': ui['study.tools'] },
    build(
      'span',
      { class: 'study-group', role: 'group', 'aria-label': ui['study.highlight'] },
      build('span', { class: 'study-label', 'aria-hidden': 'true' }, ui['study.highlight']),
      ...styles,
    ),
    note,
    excerpt,
    copy,
    sentence,
    open,
  );
  bar.prepend(actions, status);
  bar.classList.add('study-bar');

  let pieces: Piece[] = [];
  let quiet: ReturnType<typeof setTimeout> | undefined;
  const update = () => {
    const now = piecesOf(getSelection());
    if (now.length === 0) return;
    pieces = now;
    open.hidden = study.overlapping(pieces).length === 0;
    status.textContent = '';
    status.classList.remove('study-failed');
    // iOS fires selectionchange all through a handle's drag: place the bar once the selection is still.
    clearTimeout(quiet);
    quiet = setTimeout(() => requestAnimationFrame(() => placeBar(bar)), pointer('coarse') ? 350 : 0);
  };
  document.addEventListener('selectionchange', update);
  addEventListener('scroll', () => pointer('fine') && !bar.hidden && requestAnimationFrame(() => placeBar(bar)), {
    passive: true,
  });
  update();

  const make = (kind: Kind, done: string) => {
    if (pieces.length === 0) return [];
    const records = study.create(pieces, kind);
    study.save(records, status, done);
    return records;
  };
  styles.forEach((b, i) =>
    b.addEventListener('click', () => {
      study.style = STYLES[i]!;
      make('highlight', ui['study.highlighted']);
    }),
  );
  note.addEventListener('click', () => {
    const [first] = make('highlight', ui['study.highlighted']);
    const placed = study.placed.find((p) => p.record.id === first?.id);
    if (placed) study.editor.open(placed, note, true);
  });
  excerpt.addEventListener('click', () => make('excerpt', ui['study.excerpted']));
  copy.addEventListener('click', async () => {
    status.textContent = (await copyText(withSource(pieces))) ? ui['study.copied'] : ui['study.copyFailed'];
  });
  sentence.addEventListener('click', () => selectSentence(pieces));
  open.addEventListener('click', () => {
    const [first] = study.overlapping(pieces);
    if (first) study.editor.open(first, open);
  });
}

/** A saved passage's sheet: its style, its note (edited or deleted), and its removal. */
class StudyEditor {
  element: HTMLElement;
  #placed: Placed | undefined;
  #trigger: HTMLElement | null = null;
  #status: HTMLElement;
  #note: HTMLTextAreaElement;
  #styles: HTMLButtonElement[];
  #quote: HTMLElement;

  study: Study;

  constructor(study: Study) {
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

let study: Study | undefined;

/** Paints the saved passages and adds the study buttons to the selection bar; a tap on a passage opens it. */
export async function start() {
  if (study || !document.querySelector(PARAGRAPH)) return;
  const current = (study = new Study());
  await stylesheet(studyStyles);
  // The selection bar builds its own children when defined; the study buttons are added after that.
  await customElements.whenDefined('selection-link');
  const bar = document.querySelector<HTMLElement>('selection-link');
  if (bar) addToBar(current, bar);
  document.addEventListener('click', (event) => {
    if (!(event.target instanceof Element) || !event.target.closest(PARAGRAPH)) return;
    if (event.target.closest('a') || !getSelection()?.isCollapsed) return;
    const placed = placedAt(current.placed, event.clientX, event.clientY);
    if (placed) current.editor.open(placed, null);
  });
}
