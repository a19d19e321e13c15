import type { AstroIntegration } from 'astro';
import { loadSpeech } from '../speech/load.ts';
import type { SpeechPaths } from '../speech/paths.ts';
import { stopOnContentError } from './stop.ts';

/**
 * Astro integration: before Astro reads or compiles any chapter, every chapter is read with our own parser and
 * checked against the source, so a build stops on the first problem with the file and line that have it (MDX and
 * YAML errors included) instead of wherever Astro's parallel compilation happened to be.
 */
export default function contentCheck(paths: SpeechPaths): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        // The dev server keeps running on a broken chapter; the remark plugin reports it on the page instead.
        if (command !== 'build') return;
        const { outline } = stopOnContentError(() => loadSpeech(paths));
        logger.info(`${outline.parts.length} chapters read and checked against the source`);
      },
    },
  };
}
