import type { Topic } from '../speech/quotations.ts';
import type { Outline, Paragraph, Part } from '../speech/outline.ts';
import { hashText } from '../study/model.ts';
import { formulas, multis, runsOf } from './runs.ts';
import { COUNT, QUOTED, scramble, sentencesOf } from './spans.ts';

export { runsOf, sentencesOf };

// 自测's questions, generated from the outline and the editors' plan groups. Every stem is a sentence of the speech
// cut at its blanks, every answer and option a span of the speech: the site writes none of the speech's words itself
// (docs/features.md#自测与背诵 gives the rules; fidelity.ts proves each question against the built pages).

/** 填空, 单选, 多选, 出处. */
export type Kind = 'fill' | 'choice' | 'multi' | 'source';
/** What a question asks, for its instruction: a quoted term, a number, the items of a run, a counted formula, a heading. */
export type Ask = 'term' | 'count' | 'items' | 'formula' | 'source';

export interface Question {
  /** Stable while the sentence and its answers stay: the review schedule is kept by it. */
  id: string;
  kind: Kind;
  ask: Ask;
  /** The part the sentence is in (a session may keep to one part). */
  part: number;
  /** Where the sentence stands: a paragraph's id, or a section's for a question on a section's heading. */
  target: string;
  /** The target's page, below the site's base: part-2/. */
  page: string;
  /** The target's place in words, for its link: 二、第四，一是. */
  place: string;
  /** The sentence cut at its blanks: one piece more than blanks (a multi or source question has one piece, no blank). */
  stem: string[];
  /** Each blank's answer (fill); the right option(s) (choice, multi, source). */
  answers: string[];
  /** The options in the order shown; empty for fill. */
  options: string[];
}

/** A sentence cut at the given spans, in order and not overlapping: the pieces and the cut words. */
function cut(sentence: string, spans: { start: number; end: number }[]) {
  const stem: string[] = [];
  const answers: string[] = [];
  let at = 0;
  for (const { start, end } of spans) {
    stem.push(sentence.slice(at, start));
    answers.push(sentence.slice(start, end));
    at = end;
  }
  stem.push(sentence.slice(at));
  return { stem, answers };
}

const spansOf = (sentence: string, pattern: RegExp, group: number) =>
  [...sentence.matchAll(pattern)].map((m) => {
    const start = m.index + m[0].indexOf(m[group]!);
    return { start, end: start + m[group]!.length };
  });

interface Place {
  part: Part;
  paragraph: Paragraph;
  /** The section's heading, or the part's title for a paragraph before any section. */
  heading?: string;
}

/** Every paragraph with its part and the heading it stands under. */
export function placesOf(outline: Outline): Place[] {
  return outline.parts.flatMap((part) => {
    let heading = part.title;
    return part.blocks.flatMap((block): Place[] => {
      if (block.kind === 'section') heading = block.section.label;
      if (block.kind === 'section' || block.kind === 'note') return [];
      return [{ part, paragraph: block.paragraph, ...(heading ? { heading } : {}) }];
    });
  });
}

const base = (place: Place, kind: Kind, ask: Ask, key: string) => ({
  id: `${kind}-${place.paragraph.id}-${hashText(key).slice(0, 8)}`,
  kind,
  ask,
  part: place.part.number,
  target: place.paragraph.id,
  page: `${place.part.slug}/`,
  place: place.paragraph.place,
});

/** 填空 on the quoted terms of a sentence (all blanked), and on its counts (all blanked). */
function fills(place: Place, sentence: string): Question[] {
  const asked: Question[] = [];
  for (const [ask, pattern, group] of [
    ['term', QUOTED, 1],
    ['count', COUNT, 1],
  ] as const) {
    const spans = spansOf(sentence, pattern, group);
    if (!spans.length) continue;
    const { stem, answers } = cut(sentence, spans);
    asked.push({ ...base(place, 'fill', ask, `${ask}|${sentence}`), stem, answers, options: [] });
  }
  return asked;
}

/** 单选 on each quoted term of a sentence: the other options are quoted terms of the same length from elsewhere. */
function choices(place: Place, sentence: string, terms: string[]): Question[] {
  const inSentence = new Set([...sentence.matchAll(QUOTED)].map((m) => m[1]!));
  return spansOf(sentence, QUOTED, 1).flatMap((span) => {
    const answer = sentence.slice(span.start, span.end);
    // Blank every quotation of the term, so that the sentence does not give it away.
    const spans = spansOf(sentence, QUOTED, 1).filter((s) => sentence.slice(s.start, s.end) === answer);
    if (spans[0]!.start !== span.start) return [];
    const others = terms.filter((t) => [...t].length === [...answer].length && !inSentence.has(t));
    if (others.length < 3) return [];
    const key = `choice|${sentence}|${answer}`;
    const options = scramble([answer, ...scramble(others, key).slice(0, 3)], key);
    return [{ ...base(place, 'choice', 'term', key), ...cut(sentence, spans), options }];
  });
}

/** 出处 of a key sentence (one with a quoted term or a count) found once in the speech: its heading among others. */
function sources(place: Place, sentence: string, headings: string[], once: (s: string) => boolean): Question[] {
  const { heading } = place;
  if (!heading || !once(sentence) || !(QUOTED.test(sentence) || new RegExp(COUNT.source).test(sentence))) return [];
  // The other options are headings of the same rank: sections' headings for a section, parts' titles for a part.
  const rank = (h: string) => /^[一二三四五六七八九十]、/.test(h);
  const others = headings.filter((h) => h !== heading && rank(h) === rank(heading));
  const key = `source|${sentence}`;
  const options = scramble([heading, ...scramble(others, key).slice(0, 3)], key);
  return [{ ...base(place, 'source', 'source', key), stem: [sentence], answers: [heading], options }];
}

/** Every question the speech yields, in reading order within each kind: 填空, 单选, 多选, 出处. */
export function generateQuestions(outline: Outline, plan: Topic[]): Question[] {
  const places = placesOf(outline);
  const allText = places.map((p) => p.paragraph.text).join('\n');
  const once = (s: string) => allText.indexOf(s) === allText.lastIndexOf(s);
  const terms = [...new Set([...allText.matchAll(QUOTED)].map((m) => m[1]!))];
  const headings = [
    ...outline.parts.flatMap((part) => (part.title ? [part.title] : [])),
    ...outline.parts.flatMap((part) => part.sections.map((s) => s.label)),
  ];
  const sentences = places.flatMap((place) => sentencesOf(place.paragraph.text).map((s) => [place, s] as const));
  const runs = runsOf(outline);
  return [
    ...sentences.flatMap(([place, s]) => fills(place, s)),
    ...sentences.flatMap(([place, s]) => choices(place, s, terms)),
    ...multis(runs),
    ...formulas(outline, plan, runs),
    ...sentences.flatMap(([place, s]) => sources(place, s, headings, once)),
  ];
}
