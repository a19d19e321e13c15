import type { Quotation, Topic } from '../speech/quotations.ts';
import type { Entry, Outline, Paragraph, Part } from '../speech/outline.ts';
import { hashText } from '../study/model.ts';
import type { Ask, Question } from './questions.ts';
import { COUNT, scramble, sentencesOf } from './spans.ts';

// 多选 on what the speech enumerates: the runs of items of the outline, and the editors' counted plan groups.

/** A run of enumerated items (一是…, or a part's 第一…): what introduces it and the items' lead sentences. */
export interface Run {
  part: Part;
  /** The heading or sentence that introduces the run, and where it stands. */
  intro: string;
  /** A section's heading asks for its items; a sentence that counts them, for what it counts. */
  ask: Ask;
  target: string;
  place: string;
  items: string[];
}

export function runsOf(outline: Outline): Run[] {
  return outline.parts.flatMap((part) => {
    const runs: Run[] = [];
    const leads = (entries: Entry[]) => entries.map((e) => e.label);
    if (part.relationships.length > 1) {
      // The relationships follow the sentence that counts them: the last of the paragraph before the first.
      const first = part.paragraphs.findIndex((p) => p.place === part.relationships[0]!.place);
      const before = part.paragraphs[first - 1];
      const intro = before && sentencesOf(before.text).at(-1);
      if (before && intro)
        runs.push({
          part,
          intro,
          ask: 'formula',
          target: before.id,
          place: before.place,
          items: leads(part.relationships),
        });
    }
    for (const section of part.sections)
      if (section.items.length > 1)
        runs.push({
          part,
          intro: section.label,
          ask: 'items',
          target: section.id,
          place: section.place,
          items: leads(section.items),
        });
    return runs;
  });
}

/** 多选 on each run: its items among two items of the next run (true lead sentences, in the wrong place). */
export function multis(runs: Run[]): Question[] {
  return runs.map((run, i) => {
    const other = runs[(i + 1) % runs.length]!;
    const key = `multi|${run.intro}`;
    const options = scramble([...run.items, ...scramble(other.items, key).slice(0, 2)], key);
    return {
      id: `multi-${run.target}-${hashText(key).slice(0, 8)}`,
      kind: 'multi',
      ask: run.ask,
      part: run.part.number,
      target: run.target,
      page: `${run.part.slug}/`,
      place: run.place,
      stem: [run.intro],
      answers: run.items,
      options,
    };
  });
}

const NUMERALS = '一二三四五六七八九十';
const countOf = (text: string) => {
  const [match] = [...text.matchAll(COUNT)];
  if (!match) return 0;
  const n = match[1]!;
  return /\d/.test(n) ? Number(n) : n === '两' ? 2 : NUMERALS.indexOf(n) + 1;
};

/** A counted formula of the speech: a plan group whose first quotation names a count, and the members it counts. */
export interface CountedGroup {
  /** Where the group stands in the plan (its topics in order). */
  at: number;
  intro: Quotation;
  members: Quotation[];
  /** The paragraph the intro is cited from. */
  paragraph: Paragraph;
  part: Part;
}

/**
 * The editors' plan groups that count their items: a group whose first quotation names a count (三个“坚决不要”)
 * followed by exactly that many quotations; a group that introduces a run of the outline is the run's.
 */
export function countedGroups(outline: Outline, plan: Topic[], runs: Run[]): CountedGroup[] {
  return plan.flatMap((topic, at) => {
    const [intro, ...members] = topic.quotations;
    const paragraph = intro?.paragraphs[0];
    if (
      !intro ||
      !paragraph ||
      members.length < 2 ||
      countOf(intro.text) !== members.length ||
      runs.some((r) => r.intro === intro.text)
    )
      return [];
    const part = outline.parts.find((p) => p.paragraphs.includes(paragraph))!;
    return [{ at, intro, members, paragraph, part }];
  });
}

/** 多选 on each counted group: its members among two quotations of other groups. */
export function formulas(outline: Outline, plan: Topic[], runs: Run[]): Question[] {
  return countedGroups(outline, plan, runs).map(({ at, intro, members, paragraph, part }) => {
    const others = plan.filter((_, j) => j !== at).flatMap((t) => t.quotations.slice(1).map((q) => q.text));
    const key = `formula|${intro.text}`;
    const answers = members.map((q) => q.text);
    return {
      id: `multi-${paragraph.id}-${hashText(key).slice(0, 8)}`,
      kind: 'multi' as const,
      ask: 'formula' as const,
      part: part.number,
      target: paragraph.id,
      page: `${part.slug}/`,
      place: paragraph.place,
      stem: [intro.text],
      answers,
      options: scramble([...answers, ...scramble(others, key).slice(0, 2)], key),
    };
  });
}
