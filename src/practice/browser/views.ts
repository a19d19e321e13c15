import { build, button } from '../../shell/dom.ts';
import { fill } from '../../i18n/fill.ts';
import type { SessionQuestion } from '../session.ts';
import { text } from './text.ts';

// The pieces of the session's views, built as DOM: every word of the speech put in as text, never as markup.

/** The sentence with its answers marked. */
export function sentenceView(q: SessionQuestion): HTMLElement {
  const p = build('p', { class: 'practice-sentence' }, text('session.inSentence'));
  q.stem.forEach((piece, i) => {
    p.append(piece);
    if (i < q.stem.length - 1) p.append(build('mark', {}, q.answers[i] ?? ''));
  });
  if (q.stem.length === 1) p.append(build('mark', {}, q.stem[0]!));
  return p;
}

/** The stem, with a text field in each blank (fill) or the site's （　　） (the others). */
export function stemView(q: SessionQuestion): HTMLElement {
  const p = build('p', { class: 'practice-stem' });
  q.stem.forEach((piece, i) => {
    p.append(piece);
    if (i === q.stem.length - 1) return;
    if (q.kind !== 'fill') return p.append('（　　）');
    const size = String(Math.max(2, [...(q.answers[i] ?? '')].length + 1));
    p.append(
      build('input', {
        type: 'text',
        class: 'practice-blank',
        'aria-label': fill(text('session.blank'), { n: i + 1 }),
        autocomplete: 'off',
        autocapitalize: 'off',
        spellcheck: 'false',
        size,
        'data-blank': String(i),
      }),
    );
  });
  return p;
}

/** The options as radio buttons (单选, 出处) or check boxes (多选) with large labels. */
export function optionsView(q: SessionQuestion): HTMLElement {
  const type = q.kind === 'multi' ? 'checkbox' : 'radio';
  const list = build('fieldset', { class: 'practice-options' }, build('legend', { class: 'visually-hidden' }, q.ask));
  q.options.forEach((option, i) => {
    const input = build('input', { type, name: 'option', value: String(i) });
    list.append(build('label', { class: 'practice-option' }, input, option));
  });
  return list;
}

/** A link to the question's place in the speech. */
export const placeLink = (q: SessionQuestion) => build('a', { href: q.link, class: 'practice-place' }, q.place);

/** A link to 背诵 of the question's paragraph on this page (none for a question on a heading). */
export function reciteLink(q: SessionQuestion): HTMLElement[] {
  const paragraph = /#(p\d+)$/.exec(q.link)?.[1];
  return paragraph
    ? [build('a', { href: `#recite-${paragraph}`, class: 'practice-place' }, text('session.recite'))]
    : [];
}

export { build, button };
