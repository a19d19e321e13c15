import { ContentError } from '../speech/errors.ts';

/**
 * The build stopped on a ContentError that is already printed. Thrown from a hook, it ends the build through Astro's
 * own error path: the astro command exits with 1, and a build run in-process (a test) rejects with the error at hand.
 */
export class BuildStopped extends Error {
  readonly error: ContentError;

  constructor(error: ContentError) {
    super('the build stopped on the content error above');
    this.error = error;
    // Astro prints a stack after the message: this one would only point into this file.
    this.stack = '';
  }
}

/**
 * Runs a check during the build and, on a ContentError, stops the build with the project's own `file:line: problem`
 * as the first line of output. Astro logs "An unhandled error occurred while running the … hook" before any error
 * thrown in a hook (astro/dist/integrations/hooks.js), so the message is printed here, before that line, and what
 * Astro prints after it is one line pointing back to it.
 */
export function stopOnContentError<T>(check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    process.stderr.write(`${error.message}\n`);
    throw new BuildStopped(error);
  }
}
