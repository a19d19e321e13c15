import * as toTraditional from 'opencc-js/cn2t';
import * as toSimplified from 'opencc-js/t2cn';
import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node as YamlNode } from 'yaml';
import { ContentError } from '../speech/errors.ts';

/**
 * Simplified → Traditional as the Traditional edition writes it: OpenCC's phrase conversion to Taiwan standard
 * character forms (`cn` → `tw`), with no vocabulary mode (`twp` would change the speech's words: 項目 → 專案).
 * Built once, on first use (about 1 s): the build needs it, browsers never get it.
 */
let toTw: ((text: string) => string) | undefined;
let toCn: ((text: string) => string) | undefined;
export const convertToTraditional = (text: string) =>
  (toTw ??= toTraditional.Converter({ from: 'cn', to: 'tw' }))(text);
/** Traditional → Simplified, the way back that proves a conversion (OpenCC `tw` → `cn`). */
export const convertToSimplified = (text: string) => (toCn ??= toSimplified.Converter({ from: 'tw', to: 'cn' }))(text);

/** One of the editors' corrections to the converter's output, with the line it stands on. */
export interface Correction {
  from: string;
  to: string;
  why: string;
  line: number;
}

/** A form that must not appear in the Traditional text (a known wrong conversion). */
export interface WrongForm {
  form: string;
  why: string;
  line: number;
}

export interface Proofreading {
  file: string;
  corrections: Correction[];
  wrong: WrongForm[];
}

const HAN = /\p{Script=Han}/u;
const length = (text: string) => [...text].length;

/**
 * Reads the editors' file (content/traditional.yaml): `corrections` (from, to, why) and `wrong` (form, why). Each
 * correction must keep the text's length and read back as the same Simplified text as the form it replaces, so the
 * round trip stays exact; a problem stops the build, naming the file and the line.
 */
export function readProofreading(file: string, yaml: string): Proofreading {
  const lines = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: lines });
  const lineOf = (node: YamlNode | null | undefined) => (node?.range ? lines.linePos(node.range[0]).line : 1);
  if (doc.errors.length) throw new ContentError(file, doc.errors[0]!.linePos?.[0].line, doc.errors[0]!.message);
  const root = doc.contents;
  if (!isMap(root)) throw new ContentError(file, 1, 'expected `corrections:` and `wrong:` lists');
  const errors: ContentError[] = [];
  const entries = (key: string, fields: string[]) => {
    const list = root.get(key, true);
    if (list === undefined) return [];
    if (!isSeq(list)) {
      errors.push(new ContentError(file, lineOf(root.get(key, true) as YamlNode), `\`${key}\` must be a list`));
      return [];
    }
    return list.items.flatMap((item) => {
      const line = lineOf(item as YamlNode);
      if (!isMap(item)) {
        errors.push(new ContentError(file, line, `each entry of \`${key}\` has ${fields.join(', ')}`));
        return [];
      }
      const values: Record<string, string> = {};
      for (const pair of item.items) {
        const name = isScalar(pair.key) ? String(pair.key.value) : '';
        if (!fields.includes(name)) errors.push(new ContentError(file, line, `unknown field “${name}” in \`${key}\``));
      }
      for (const field of fields) {
        const value = item.get(field);
        if (typeof value !== 'string' || !value.trim())
          errors.push(new ContentError(file, line, `\`${key}\` entry without “${field}”`));
        else values[field] = value;
      }
      return Object.keys(values).length === fields.length ? [{ ...values, line }] : [];
    });
  };
  const corrections = entries('corrections', ['from', 'to', 'why']) as unknown as Correction[];
  const wrong = entries('wrong', ['form', 'why']) as unknown as WrongForm[];
  for (const c of corrections) {
    const detail = `the correction ${c.from} → ${c.to}`;
    if (!HAN.test(c.from)) errors.push(new ContentError(file, c.line, `${detail} replaces no Chinese character`));
    else if (length(c.from) !== length(c.to))
      errors.push(new ContentError(file, c.line, `${detail} changes the text's length: correct forms, not words`));
    else if (convertToSimplified(c.to) !== convertToSimplified(c.from))
      errors.push(
        new ContentError(
          file,
          c.line,
          `${detail} breaks the round trip: ${c.to} reads back as ${convertToSimplified(c.to)}, not ${convertToSimplified(c.from)}`,
        ),
      );
    const wrongForm = wrong.find((w) => c.to.includes(w.form));
    if (wrongForm)
      errors.push(
        new ContentError(file, c.line, `${detail} writes ${wrongForm.form}, a wrong form (line ${wrongForm.line})`),
      );
  }
  if (errors.length) {
    const [first, ...more] = errors;
    if (!more.length) throw first;
    throw new ContentError(
      first!.file,
      first!.line,
      `${first!.problem}\n  and ${more.length} more:\n${more.map((e) => `  ${e.message}`).join('\n')}`,
    );
  }
  return { file, corrections, wrong };
}

/** The converted text of one run, and which corrections it took. */
export interface Converted {
  text: string;
  applied: Correction[];
}

/** Converts a run of text and applies the editors' corrections to the result, counting what each one matched. */
export function convertRun(text: string, proofreading: Proofreading, uses: Map<Correction, number>): Converted {
  let out = convertToTraditional(text);
  const applied: Correction[] = [];
  for (const correction of proofreading.corrections) {
    const parts = out.split(correction.from);
    if (parts.length === 1) continue;
    uses.set(correction, (uses.get(correction) ?? 0) + parts.length - 1);
    applied.push(correction);
    out = parts.join(correction.to);
  }
  return { text: out, applied };
}

/** The first place where two strings differ, in code points; -1 when they are equal. */
export function firstDifference(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let at = 0;
  while (at < x.length && x[at] === y[at]) at++;
  return at === x.length && at === y.length ? -1 : at;
}
