import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import * as toSimplified from 'opencc-js/t2cn';
import { ContentError } from '../speech/errors.ts';
import { parseProofreading, throwFirst, type Correction, type Proofreading } from './proofreading.ts';

export type { Correction, Proofreading, WrongForm } from './proofreading.ts';

const HAN = /\p{Script=Han}/u;
const length = (text: string) => [...text].length;

/**
 * Simplified → Traditional as the Traditional edition writes it: OpenCC's phrase conversion to Taiwan standard
 * character forms (`cn` → `tw`), with no vocabulary mode (`twp` would change the speech's words: 項目 → 專案).
 * Built once, on first use: the build needs it, browsers never get it. Loading its dictionaries costs about 0.7 s
 * of CPU, so what it wrote is kept (see `conversionCache`) and it is built only for a text it has not seen.
 */
let toTw: ((text: string) => string) | undefined;
let toCn: ((text: string) => string) | undefined;
export function convertToTraditional(text: string): string {
  const known = cache().runs.get(text);
  if (known !== undefined) {
    cache().used.set(text, known);
    return known;
  }
  // Required when first needed: even unused, importing its 1.1 MB of dictionaries would cost a build 0.2 s.
  toTw ??= (createRequire(import.meta.url)('opencc-js/cn2t') as typeof import('opencc-js')).Converter({
    from: 'cn',
    to: 'tw',
  });
  const converted = toTw(text);
  cache().used.set(text, converted);
  cache().changed = true;
  return converted;
}

/**
 * The converter's output from earlier builds, by input text, for this version of opencc-js: a build whose texts are
 * all known never loads the converter's dictionaries. Only the output is kept; the corrections and the round trip
 * are applied and proved again in every build. `node_modules/.cache/` is where build tools keep such files.
 */
const CACHE_FILE = join(process.cwd(), 'node_modules/.cache/liaoning-speech/traditional.json');
let cached: { runs: Map<string, string>; used: Map<string, string>; changed: boolean } | undefined;
const openccVersion = () =>
  (JSON.parse(readFileSync(join(process.cwd(), 'node_modules/opencc-js/package.json'), 'utf8')) as { version: string })
    .version;
function cache() {
  if (cached) return cached;
  let runs = new Map<string, string>();
  try {
    const file = JSON.parse(readFileSync(CACHE_FILE, 'utf8')) as { opencc: string; runs: [string, string][] };
    if (file.opencc === openccVersion()) runs = new Map(file.runs);
  } catch {
    // No cache yet, or an unreadable one: the converter is built.
  }
  return (cached = { runs, used: new Map(), changed: false });
}

/** Keeps what this build converted (only that: texts that changed since fall out), when it converted anything new. */
export function saveConversionCache(): void {
  if (!cached?.changed) return;
  mkdirSync(dirname(CACHE_FILE), { recursive: true });
  writeFileSync(CACHE_FILE, JSON.stringify({ opencc: openccVersion(), runs: [...cached.used] }));
  cached = { runs: cached.used, used: new Map(cached.used), changed: false };
}

/** Traditional → Simplified, the way back that proves a conversion (OpenCC `tw` → `cn`). */
export const convertToSimplified = (text: string) => (toCn ??= toSimplified.Converter({ from: 'tw', to: 'cn' }))(text);

/**
 * Reads the editors' file and checks each correction: it must keep the text's length and read back as the same
 * Simplified text as the form it replaces, so the round trip stays exact, and write no known wrong form; a problem
 * stops the build, naming the file and the line.
 */
export function readProofreading(file: string, yaml: string): Proofreading {
  const { corrections, wrong } = parseProofreading(file, yaml);
  const errors: ContentError[] = [];
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
  throwFirst(errors);
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
