import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ContentError, throwAll } from '../speech/errors.ts';
import { siteBase } from '../integrations/base.ts';
import { stopOnContentError } from '../integrations/stop.ts';
import { HANT_PREFIX } from '../traditional/addresses.ts';
import { builtSpeech } from './built-speech.ts';
import { checkQuestions, readQuestions } from './fidelity.ts';

/** The practice page of each edition, below the output folder. */
export const PRACTICE_PAGES = ['practice/index.html', `${HANT_PREFIX}practice/index.html`];

/** Every question of both editions' built practice pages that breaks the fidelity law, as a content error. */
export function checkPractice(folder: string, base: string): ContentError[] {
  return PRACTICE_PAGES.flatMap((name) => {
    const file = join(folder, name);
    if (!existsSync(file)) return [new ContentError(relative(process.cwd(), file), undefined, 'the page is missing')];
    const questions = readQuestions(readFileSync(file, 'utf8'));
    const speech = builtSpeech(folder, base, name.startsWith(HANT_PREFIX) ? HANT_PREFIX : '');
    const problems = questions.length ? checkQuestions(questions, speech) : ['the page has no question'];
    return problems.map((p) => new ContentError(relative(process.cwd(), file), undefined, p));
  });
}

/** Astro integration: after the build (and the Traditional edition), every published question is proved against the built speech. */
export default function practice(): AstroIntegration {
  let base = '/';
  return {
    name: 'practice',
    hooks: {
      'astro:config:done': ({ config }) => void (base = siteBase(config)),
      'astro:build:done': ({ dir, logger }) => {
        const folder = fileURLToPath(dir);
        stopOnContentError(() => throwAll(checkPractice(folder, base)));
        const count = readQuestions(readFileSync(join(folder, PRACTICE_PAGES[0]!), 'utf8')).length;
        logger.info(`${count} questions in each edition, each proved against the built speech`);
      },
    },
  };
}
