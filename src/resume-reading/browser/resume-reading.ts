import { fill } from '../../i18n/fill.ts';
import { controlsText as ui } from '../../i18n/browser.ts';
import { build, button } from '../../shell/dom.ts';
import { numberOfParagraph, placeOfBlock } from '../../shell/place.ts';
import { STORAGE_KEYS, store, stored } from '../../shell/storage.ts';
import { forget, latest, positionOn, readPositions, remember, type Position } from '../positions.ts';

// Writes wait until the reader stops scrolling this long: a fling through the text is not reading.
const SETTLE_MS = 400;

// Kept on the reader's device only, nothing sent anywhere; without storage the site reads the same.
const storedPositions = (): Position[] => readPositions(stored(STORAGE_KEYS.readingPositions) ?? null);
const storePositions = (positions: Position[]) => store(STORAGE_KEYS.readingPositions, JSON.stringify(positions));

/**
 * The 继续阅读 prompt (an empty, hidden element in the page, built here): on the home page it offers the paragraph the reader was last on,
 * on a page of the speech the paragraph last read on that page. Its close button forgets that position.
 */
export class ResumeReading extends HTMLElement {
  connectedCallback() {
    const here =
      this.dataset.scope === 'page' ? positionOn(storedPositions(), location.pathname) : latest(storedPositions());
    if (!here || this.childElementCount || !this.#worthOffering(here)) return;
    const link = build(
      'a',
      { href: `${here.path}#${here.paragraph}` },
      ui['resume.continue'],
      build('span', { class: 'resume-place' }, here.label),
    );
    const dismiss = button({ 'aria-label': ui['resume.dismiss'] }, '×');
    link.addEventListener('click', () => (this.hidden = true));
    dismiss.addEventListener('click', () => {
      storePositions(forget(storedPositions(), here.path));
      this.hidden = true;
    });
    this.replaceChildren(link, dismiss);
    this.hidden = false;
  }

  // Not when the address already names a place, nor when that paragraph is already on the screen.
  #worthOffering(here: Position): boolean {
    if (this.dataset.scope !== 'page') return true;
    if (location.hash) return false;
    const paragraph = document.getElementById(here.paragraph)?.getBoundingClientRect();
    return !paragraph || paragraph.bottom < 0 || paragraph.top > innerHeight;
  }
}

/** Watches the paragraphs of the speech and remembers, per page, the one at the reader's eye line. */
function rememberReading(): void {
  const paragraphs = [...document.querySelectorAll<HTMLElement>('[data-speech] .paragraph[id]')];
  const first = paragraphs[0];
  if (!first) return;
  const inView = new Set<Element>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    timer = undefined;
    const top = paragraphs.find((p) => inView.has(p));
    // At the page's first paragraph there is nothing to come back to.
    if (!top || top === first) return;
    const label = fill(ui['paragraph.place'], { place: placeOfBlock(top), number: numberOfParagraph(top) });
    storePositions(remember(storedPositions(), { path: location.pathname, paragraph: top.id, label }));
  };
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) entry.isIntersecting ? inView.add(entry.target) : inView.delete(entry.target);
      clearTimeout(timer);
      timer = setTimeout(save, SETTLE_MS);
    },
    // A band from a fifth to two fifths down the screen: below any sticky header, where the eye rests when reading.
    { rootMargin: '-20% 0px -60% 0px' },
  );
  for (const paragraph of paragraphs) observer.observe(paragraph);
  // Leaving the page before the write settled still keeps the place.
  addEventListener('pagehide', () => timer && save());
}

/** Offers 继续阅读 where the page has the prompt, and remembers the reader's place where it shows the speech. */
export function start(): void {
  const prompt = document.querySelector<HTMLElement>('resume-reading');
  if (prompt?.dataset.scope !== 'page') return;
  // While a prompt offers the old place, the page's top is not a new one: wait until the reader moves.
  if (prompt.hidden) rememberReading();
  else addEventListener('scroll', rememberReading, { once: true, passive: true });
}
