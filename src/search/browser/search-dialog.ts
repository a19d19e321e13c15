// The search dialog's DOM, built with dom.ts: only scripts can use it, so it comes with them. The strings are the
// site's own; the reader's words reach the page as text nodes only. <site-search> (site-search.ts) owns what it does.
import type { SearchTarget } from '../targets.ts';
import { QUERY_PARAM } from '../params.ts';
import { resultHref, type PhraseResult } from '../phrase.ts';
import { excerptAround } from '../excerpt.ts';
import { fill } from '../../i18n/fill.ts';
import { searchStrings as text } from '../../i18n/browser.ts';
import { build, button } from '../../shell/dom.ts';

/** The dialog and the parts of it that change. */
export interface DialogParts {
  dialog: HTMLDialogElement;
  input: HTMLInputElement;
  close: HTMLButtonElement;
  status: HTMLElement;
  results: HTMLElement;
  related: HTMLDetailsElement;
  relatedCount: HTMLElement;
  relatedResults: HTMLElement;
}

export function dialogParts(): DialogParts {
  const input = build('input', {
    id: 'search-query',
    name: 'q',
    type: 'search',
    autocomplete: 'off',
    spellcheck: 'false',
    enterkeyhint: 'search',
    maxlength: '100',
    'aria-describedby': 'search-hint',
  }) as HTMLInputElement;
  const close = button({ class: 'search-close' }, text['search.close']);
  const status = build('p', { class: 'search-status', role: 'status', 'aria-live': 'polite' });
  const results = build('ol', { class: 'search-results' });
  const relatedCount = build('span', { class: 'search-related-count' });
  const relatedResults = build('ol', { class: 'search-related-results' });
  const related = build(
    'details',
    { class: 'search-related', hidden: '' },
    build('summary', {}, text['search.related'], relatedCount),
    build('p', { class: 'search-hint' }, text['search.relatedHint']),
    relatedResults,
  ) as HTMLDetailsElement;
  const dialog = build(
    'dialog',
    { class: 'search-dialog', 'aria-labelledby': 'search-label' },
    build(
      'div',
      { class: 'search-form', role: 'search' },
      build('label', { id: 'search-label', for: 'search-query' }, text['search.label']),
      build('div', { class: 'search-row' }, input, close),
      build('p', { id: 'search-hint', class: 'search-hint' }, text['search.hint']),
    ),
    status,
    results,
    related,
  ) as HTMLDialogElement;
  return { dialog, input, close, status, results, related, relatedCount, relatedResults };
}

const placeOf = (target: SearchTarget) =>
  fill(text[target.number ? 'search.placeParagraph' : 'search.placeHeading'], {
    place: target.place,
    number: target.number ?? '',
  });

/** A literal result: its place (and how often the phrase occurs in it), and its excerpt with the phrase marked. */
export function phraseItem({ target, matches, excerpt }: PhraseResult, query: string): HTMLElement {
  const count =
    matches.length > 1
      ? [build('span', { class: 'search-count' }, fill(text['search.count'], { count: matches.length }))]
      : [];
  return build(
    'li',
    {},
    build(
      'a',
      { href: resultHref(target, query) },
      build('span', { class: 'search-place' }, placeOf(target), ...count),
      build('span', { class: 'search-excerpt' }, excerpt.before, build('mark', {}, excerpt.match), excerpt.after),
    ),
  );
}

/** A block Pagefind matched word by word: its excerpt centred on the query's words, with them marked. */
export function relatedItem(target: SearchTarget, query: string, words: string[]): HTMLElement {
  const { before, match, after } = excerptAround(target.text, words, 24, target.shown);
  return build(
    'li',
    {},
    build(
      'a',
      { href: resultHref(target, query) },
      build('span', { class: 'search-place' }, placeOf(target)),
      build('span', { class: 'search-excerpt' }, before, ...(match ? [build('mark', {}, match)] : []), after),
    ),
  );
}

/** The button after the listed results that lists `count` more. */
export function moreItem(count: number, onClick: () => void): HTMLElement {
  const more = button({ class: 'search-more' }, fill(text['search.more'], { count }));
  more.addEventListener('click', onClick);
  return build('li', {}, more);
}

/** 您是不是要找: links to the phrases of the speech one or two characters off the query, as ?q= links. */
export function didYouMean(phrases: string[]): HTMLElement {
  const links = phrases.map((phrase) =>
    build(
      'a',
      { class: 'search-suggestion', href: `?${new URLSearchParams({ [QUERY_PARAM]: phrase }).toString()}` },
      phrase,
    ),
  );
  return build(
    'span',
    { class: 'search-did-you-mean' },
    text['search.didYouMean'],
    ...links.flatMap((link, i) => (i > 0 ? ['、', link] : [link])),
  );
}
