import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node as YamlNode } from 'yaml';
import { ContentError } from '../speech/errors.ts';

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

/**
 * Reads the editors' file (content/traditional.yaml): `corrections` (from, to, why) and `wrong` (form, why), each
 * with its line; a malformed entry stops the build, naming the file and the line. (No converter here: the editorial
 * page lists the corrections with this alone.)
 */
export function parseProofreading(file: string, yaml: string): Proofreading {
  const lines = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: lines });
  const lineOf = (node: YamlNode | null | undefined) => (node?.range ? lines.linePos(node.range[0]).line : 1);
  if (doc.errors.length) throw new ContentError(file, doc.errors[0]!.linePos?.[0].line, doc.errors[0]!.message);
  const root = doc.contents;
  if (!isMap(root)) throw new ContentError(file, 1, 'expected `corrections:` and `wrong:` lists');
  const errors: ContentError[] = [];
  const entries = <F extends string>(key: string, fields: F[]): (Record<F, string> & { line: number })[] => {
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
      const values: Partial<Record<F, string>> = {};
      for (const pair of item.items) {
        const name = isScalar(pair.key) ? String(pair.key.value) : '';
        if (!(fields as string[]).includes(name))
          errors.push(new ContentError(file, line, `unknown field “${name}” in \`${key}\``));
      }
      for (const field of fields) {
        const value = item.get(field);
        if (typeof value !== 'string' || !value.trim())
          errors.push(new ContentError(file, line, `\`${key}\` entry without “${field}”`));
        else values[field] = value;
      }
      const complete = (v: Partial<Record<F, string>>): v is Record<F, string> =>
        fields.every((f) => v[f] !== undefined);
      return complete(values) ? [{ ...values, line }] : [];
    });
  };
  const corrections: Correction[] = entries('corrections', ['from', 'to', 'why']);
  const wrong: WrongForm[] = entries('wrong', ['form', 'why']);
  throwFirst(errors);
  return { file, corrections, wrong };
}

/** Throws the first problem with the others after it, as throwAll does. */
export function throwFirst(errors: ContentError[]): void {
  const [first, ...more] = errors;
  if (!first) return;
  if (!more.length) throw first;
  throw new ContentError(
    first.file,
    first.line,
    `${first.problem}\n  and ${more.length} more:\n${more.map((e) => `  ${e.message}`).join('\n')}`,
  );
}
