/** A problem in the content that must stop the build: it names the file and, where there is one, the line. */
export class ContentError extends Error {
  readonly file: string;
  readonly line: number | undefined;

  constructor(file: string, line: number | undefined, problem: string) {
    super(`${file}${line ? `:${line}` : ''}: ${problem}`);
    this.name = 'ContentError';
    this.file = file;
    this.line = line;
  }
}

/** Throws all problems at once, so an editor sees every one in a single build. */
export function throwAll(errors: ContentError[]): void {
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) {
    throw new ContentError(
      errors[0]!.file,
      errors[0]!.line,
      `${errors.length} problems:\n${errors.map((e) => `  ${e.message}`).join('\n')}`,
    );
  }
}
