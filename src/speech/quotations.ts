import { z } from 'astro/zod';
import { parse } from 'yaml';
import { ContentError, throwAll } from './errors.ts';
import type { Outline, Paragraph } from './outline.ts';

/** `content/plan.yaml`: topics, each with quotations that must stand in the speech word for word. */
export const planSchema = z.array(
  z.strictObject({
    /** The editors' heading for a group of quotations. */
    topic: z.string().min(1),
    /** Sentences of the speech, copied exactly (full-width punctuation). */
    quotes: z.array(z.string().min(1)).min(1),
  }),
);

export interface Quotation {
  text: string;
  /** Every paragraph that holds the quotation, in reading order; the first is where it is cited. */
  paragraphs: Paragraph[];
}

export interface Topic {
  topic: string;
  quotations: Quotation[];
}

/** The paragraphs whose text holds a quotation word for word. */
export function findQuotation(outline: Outline, text: string): Paragraph[] {
  return outline.parts.flatMap((part) => part.paragraphs).filter((paragraph) => paragraph.text.includes(text));
}

/**
 * Reads the plan quotations and finds each one in the speech. A wrong shape or a quotation that is not in the
 * speech stops the build, naming the file and the line.
 */
export function readQuotations(file: string, yaml: string, outline: Outline): Topic[] {
  const lineOf = (text: string) => yaml.slice(0, Math.max(0, yaml.indexOf(text))).split('\n').length;
  const parsed = planSchema.safeParse(parse(yaml));
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    const at = issue?.path.join('.') ?? '';
    const topic = typeof issue?.path[0] === 'number' ? issue.path[0] + 1 : undefined;
    throw new ContentError(
      file,
      undefined,
      `${topic ? `topic ${topic}: ` : ''}${at} ${issue?.message ?? 'is wrong'}; expected a list of topics, each with "topic" and a list of "quotes"`,
    );
  }
  const topics = parsed.data.map(({ topic, quotes }) => ({
    topic,
    quotations: quotes.map((text) => ({ text, paragraphs: findQuotation(outline, text) })),
  }));
  throwAll(
    topics
      .flatMap((t) => t.quotations)
      .filter((q) => q.paragraphs.length === 0)
      .map((q) => new ContentError(file, lineOf(q.text), `this quotation is not in the speech: “${q.text}”`)),
  );
  return topics;
}
