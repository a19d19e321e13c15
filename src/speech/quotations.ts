import { parse } from 'yaml';
import { ContentError, throwAll } from './errors.ts';
import type { Outline, Paragraph } from './outline.ts';

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
 * Reads `content/plan.yaml` (topics, each with quotes) and finds each quote in the speech. A quote that is not
 * in the speech stops the build, naming the file and the quote's line.
 */
export function readQuotations(file: string, yaml: string, outline: Outline): Topic[] {
  const topics = parse(yaml) as { topic?: unknown; quotes?: unknown }[];
  const lineOf = (text: string) => yaml.slice(0, yaml.indexOf(text)).split('\n').length;
  if (!Array.isArray(topics))
    throw new ContentError(file, 1, 'expected a list of topics, each with "topic" and "quotes"');
  const errors: ContentError[] = [];
  const result = topics.map((entry, i): Topic => {
    if (
      typeof entry?.topic !== 'string' ||
      !Array.isArray(entry.quotes) ||
      !entry.quotes.every((q) => typeof q === 'string')
    ) {
      errors.push(new ContentError(file, undefined, `topic ${i + 1} needs a "topic" string and a list of "quotes"`));
      return { topic: '', quotations: [] };
    }
    const quotations = (entry.quotes as string[]).map((text) => ({ text, paragraphs: findQuotation(outline, text) }));
    for (const quotation of quotations) {
      if (quotation.paragraphs.length === 0)
        errors.push(
          new ContentError(file, lineOf(quotation.text), `this quotation is not in the speech: “${quotation.text}”`),
        );
    }
    return { topic: entry.topic, quotations };
  });
  throwAll(errors);
  return result;
}
