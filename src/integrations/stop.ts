import { ContentError } from '../speech/errors.ts';

/**
 * Runs a check during the build and, on a ContentError, stops the build with the project's own `file:line: problem`
 * as the first line of output. Thrown, Astro would print its own line first, and a Location inside Astro.
 */
export function stopOnContentError<T>(check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}
