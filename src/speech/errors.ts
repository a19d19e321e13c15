// Characters a reader cannot see, or cannot tell from a common one: format and control characters, spaces other
// than U+0020, combining marks, variation selectors, and CJK compatibility ideographs and radicals that look like
// ordinary ideographs.
const UNSEEN =
  /[\p{Cf}\p{Cc}\p{Zl}\p{Zp}\p{M}\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\u115f\u1160\u3164\uffa0\u2e80-\u2fdf\uf900-\ufaff\u{2f800}-\u{2fa1f}]/gu;

/** Shows each invisible or look-alike character by its code point, ⟨U+200B⟩, so that two strings that differ look different. */
export function visible(text: string): string {
  return text.replace(UNSEEN, (c) =>
    c === '\n' ? c : `⟨U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`,
  );
}

/** Whether a text holds a character that `visible` would spell out. */
export const hasUnseen = (text: string) => [...text.matchAll(UNSEEN)].some(([c]) => c !== '\n');

/** A problem in the content that must stop the build: it names the file and, where there is one, the line. */
export class ContentError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly problem: string;

  constructor(file: string, line: number | undefined, problem: string) {
    super(visible(`${file}${line ? `:${line}` : ''}: ${problem}`));
    this.name = 'ContentError';
    this.file = file;
    this.line = line;
    this.problem = problem;
  }
}

/** Throws all problems at once, so an editor sees every one in a single build; the first one is the first line. */
export function throwAll(errors: ContentError[]): void {
  const [first, ...more] = errors;
  if (!first) return;
  if (!more.length) throw first;
  const also = more.map((e) => `  ${e.message}`).join('\n');
  throw new ContentError(first.file, first.line, `${first.problem}\n  and ${more.length} more:\n${also}`);
}
