// The study tools' state on a page of the speech: the saved passages (stored, found again and painted), the style
// chosen, and saving, which says at once when storage refuses and offers what was just made.
import { citation, textDirective } from '../../citation/citation.ts';
import { studyStrings as ui } from '../../i18n/browser.ts';
import { quoteOf, toCodePoints, type Fold, type Kind, type Style, type StudyRecord } from '../model.ts';
import { folding } from '../../search/browser/fold.ts';
import { build, button } from '../../shell/dom.ts';
import { copyText } from '../../shell/copy.ts';
import { numberOfParagraph, placeOfBlock } from '../../shell/place.ts';
import type { Piece } from '../../shell/speech-selection.ts';
import { paint, paragraphText, place, type Placed } from './study-paint.ts';
import { newId, StudyStore } from './study-store.ts';
import { StudyEditor } from './study-editor.ts';

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
      return [`“${r.exact}”`, r.note && `${ui['notes.noteLabel']}${r.note}`, source].filter(Boolean).join('\n');
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

export class Study {
  store = new StudyStore();
  placed: Placed[] = [];
  style: Style = '直线';
  editor: StudyEditor = new StudyEditor(this);
  painter: (placed: Placed[]) => void;

  /** `painter` paints the placed records (the whole text's adds the 想法 beside them). */
  constructor(painter: (placed: Placed[]) => void = paint) {
    this.painter = painter;
    this.store.onChange(() => this.repaint());
    this.repaint();
  }

  #fold: Fold | undefined;

  repaint() {
    const { placed, orphans } = place(this.store.live, this.#fold);
    this.placed = placed;
    this.painter(placed);
    // A passage saved in the other edition (or in a corrected paragraph): looked for again with both scripts folded.
    if (this.#fold || !(orphans.length || placed.some((p) => p.moved))) return;
    void folding().then((fold) => {
      if (!fold || this.#fold) return;
      this.#fold = fold;
      this.repaint();
    });
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
