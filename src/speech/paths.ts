import type { SpeechPaths } from './load.ts';

/** Where the speech lives in this project; like Astro's own `root`, paths are taken from the directory the build runs in. */
export const speechPaths: SpeechPaths = {
  root: process.cwd(),
  source: 'content/source/000_9559937d0be914b2.txt',
  chapters: 'content/speech',
};
