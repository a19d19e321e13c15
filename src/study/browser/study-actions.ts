// The study buttons of the selection bar (划线 in each style, 写想法, 摘抄, 复制（带出处）, 选整句, 打开划线) and
// what each does with the words selected; where the bar stands is src/shell/selection-bar.ts's.
import { citation, directiveContext, textDirective } from '../../citation/citation.ts';
import { studyStrings as ui } from '../../i18n/browser.ts';
import { STYLES, type Kind } from '../model.ts';
import { build, button } from '../../shell/dom.ts';
import { copyText } from '../../shell/copy.ts';
import { numberOfParagraph, placeOfBlock } from '../../shell/place.ts';
import { followSelection, type Piece } from '../../shell/speech-selection.ts';
import { pointAt, textNodes, toRange } from '../../shell/text-range.ts';
import { paragraphText } from './study-paint.ts';
import type { Study } from './study-session.ts';

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

/** The bar's study buttons, in the order they stand. */
function buttons() {
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
  return { actions, styles, note, excerpt, copy, sentence, open };
}

/** Adds the study buttons to the selection bar, before the selection link's button. */
export function addActions(study: Study, bar: HTMLElement) {
  const status = build('p', { class: 'study-status', role: 'status' });
  const { actions, styles, note, excerpt, copy, sentence, open } = buttons();
  bar.prepend(actions, status);

  let pieces: Piece[] = [];
  followSelection((now) => {
    if (now.length === 0) return;
    pieces = now;
    open.hidden = study.overlapping(pieces).length === 0;
    status.textContent = '';
    status.classList.remove('study-failed');
  });

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
