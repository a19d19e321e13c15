// The whole text (/full/) with the reader's marks and 想法. The marks are <mark> elements here, not the Custom
// Highlight API: not every engine prints ::highlight(), and this page is the one made to be printed. Each 想法 gets a
// number after its passage (an empty link whose number CSS draws, so the paragraph's text stays the speech's) and
// a line in a list after its part: a footnote in print (browsers do not lay out @page footnotes, so these are
// endnotes after each part), a note in the margin beside its passage on a desk-wide screen (full.css), hidden on
// narrower screens, where a tap on the passage opens its sheet. Loaded by study.ts only on this page.
import fullStyles from '../full.css?url';
import { fullTextStrings } from '../../i18n/full-text.ts';
import { fullTextStringsHant } from '../../i18n/full-text-hant.ts';
import { fill } from '../../i18n/fill.ts';
import { numberNotes } from '../full-marks.ts';
import { build } from '../../shell/dom.ts';
import { PARAGRAPH } from '../../shell/speech-selection.ts';
import { stylesheet } from '../../shell/stylesheet.ts';
import { boundsOf, textNodes } from '../../shell/text-range.ts';
import { paint, type Placed } from './study-paint.ts';

const ui: typeof fullTextStrings =
  document.documentElement.lang === 'zh-Hant' ? (fullTextStringsHant as typeof fullTextStrings) : fullTextStrings;
/** The margin notes are laid out from this width up (full.css's media query). */
const WIDE = '(min-width: 1280px)';

let added: HTMLElement[] = [];
let observer: ResizeObserver | undefined;

/** Takes out the numbers and lists put in before, leaving each paragraph's text nodes as they were. */
function clear() {
  for (const element of added) {
    const parent = element.parentNode;
    element.remove();
    parent?.normalize();
  }
  added = [];
}

/** The note's number at the end of its passage, outside the marks that end there (not underlined with the words). */
function insertRef(placed: Placed, n: number): HTMLElement | undefined {
  const bounds = boundsOf(textNodes(placed.paragraph), placed.start, placed.end);
  if (!bounds) return undefined;
  const ref = build('a', {
    class: 'study-ref',
    id: `study-ref-${n}`,
    href: `#study-note-${n}`,
    'data-n': String(n),
    'aria-label': fill(ui['full.noteRef'], { n }),
  });
  const range = document.createRange();
  range.setStart(bounds.endContainer, bounds.endOffset);
  range.insertNode(ref);
  const empty = (node: ChildNode | null): boolean =>
    !node || (node.nodeType === Node.TEXT_NODE && !node.textContent && empty(node.nextSibling));
  for (
    let mark = ref.parentElement;
    mark?.matches('mark.study-mark') && empty(ref.nextSibling);
    mark = ref.parentElement
  )
    mark.after(ref);
  return ref;
}

/** Each margin note level with its number in the text, pushed down below the one before when they would overlap. */
function layout() {
  if (!matchMedia(`screen and ${WIDE}`).matches) return;
  for (const list of document.querySelectorAll<HTMLElement>('.study-notes')) {
    const top = list.getBoundingClientRect().top;
    let free = 0;
    for (const item of list.querySelectorAll<HTMLElement>('li')) {
      const ref = document.getElementById(item.dataset.ref ?? '');
      if (!ref) continue;
      const at = Math.max(free, ref.getBoundingClientRect().top - top);
      item.style.top = `${at}px`;
      free = at + item.offsetHeight + 8;
    }
  }
}

/** Paints the marks and puts in the 想法: the whole text's painter for the study session. */
export function paintWhole(placed: Placed[]) {
  clear();
  paint(placed, true);
  const paragraphs = [...document.querySelectorAll(PARAGRAPH)];
  const noted = placed
    .filter((p) => p.record.note.trim())
    .map((p) => ({ placed: p, paragraph: paragraphs.indexOf(p.paragraph), start: p.start, end: p.end }));
  const lists = new Map<Element, HTMLElement>();
  for (const { placed: p, n } of numberNotes(noted)) {
    const ref = insertRef(p, n);
    if (!ref) continue;
    added.push(ref);
    const part = p.paragraph.closest('section') ?? p.paragraph.parentElement!;
    let list = lists.get(part);
    if (!list) {
      list = build('ol');
      // A note, not an <aside>: a complementary landmark inside the part's region is not a top-level one.
      const aside = build('div', { class: 'study-notes', role: 'note', 'aria-label': ui['full.notes'] });
      aside.append(build('p', { class: 'study-notes-title' }, ui['full.notes']), list);
      part.append(aside);
      added.push(aside);
      lists.set(part, list);
    }
    const number = build('a', { href: `#${ref.id}`, class: 'study-note-number' }, fill(ui['full.noteRef'], { n }));
    list.append(build('li', { id: `study-note-${n}`, 'data-ref': ref.id }, number, build('span', {}, p.record.note)));
  }
  void stylesheet(fullStyles).then(layout);
  observer ??= new ResizeObserver(layout);
  observer.observe(document.querySelector('[data-whole]') ?? document.body);
}
