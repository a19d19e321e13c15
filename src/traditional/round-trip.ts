import { ContentError } from '../speech/errors.ts';
import { convertRun, convertToSimplified, firstDifference, type Correction, type Proofreading } from './convert.ts';
import type { InterfaceLookup } from './interface-lookup.ts';
import type { Edit } from './page-tree.ts';

// Stage 5, the proof: a converted run must read back as its source exactly, or the build names where it does not.

/** What every stage of one page's conversion shares: the page, the editors' corrections, the interface's table. */
export interface Conversion {
  /** The Traditional twin's file, as the errors name it. */
  twinFile: string;
  base: string;
  site: string;
  proofreading: Proofreading;
  /** How often each correction matched, over every page so far. */
  uses: Map<Correction, number>;
  lookup: InterfaceLookup;
}

/** What a stage makes of its part of the page: rewrites of the source, and the problems it found. */
export interface Rewrite {
  edits: Edit[];
  errors: ContentError[];
}

/** A text converted with the corrections, for values and links, where no proof is asked for. */
export const plain = (conversion: Conversion, text: string) =>
  convertRun(text, conversion.proofreading, conversion.uses).text;

/** The round trip of one converted run, as an error where it does not read back as the source exactly. */
function roundTrip(
  c: Conversion,
  source: string,
  converted: string,
  applied: Correction[],
  line: number,
  where: string,
) {
  const back = convertToSimplified(converted);
  const at = firstDifference(back, source);
  if (at < 0) return [];
  const chars = [...converted];
  const detail = `the round trip differs${where} at character ${at + 1}: ${chars[at] ?? '(end)'} reads back as ${[...back][at] ?? '(end)'} where the Simplified page has ${[...source][at] ?? '(end)'} (“${chars.slice(Math.max(0, at - 6), at + 6).join('')}”)`;
  // An editor's correction that breaks the way back is named at its own line.
  const culprit = applied.find((correction) => converted.includes(correction.to));
  return [
    culprit
      ? new ContentError(
          c.proofreading.file,
          culprit.line,
          `the correction ${culprit.from} → ${culprit.to} breaks the round trip on ${c.twinFile}: ${detail}`,
        )
      : new ContentError(c.twinFile, line, detail),
  ];
}

/** Checks one converted run: the way back is exact, and no wrong form stands in it. */
export function prove(
  c: Conversion,
  run: { source: string; converted: string; applied: Correction[] },
  line: number,
  where: string,
): ContentError[] {
  const { source, converted, applied } = run;
  return [
    ...roundTrip(c, source, converted, applied, line, where),
    ...c.proofreading.wrong
      .filter((wrong) => converted.includes(wrong.form))
      .map(
        (wrong) =>
          new ContentError(
            c.twinFile,
            line,
            `a known wrong form, ${wrong.form}, stands${where} (${c.proofreading.file}:${wrong.line}: ${wrong.why}): “${converted}”`,
          ),
      ),
  ];
}
