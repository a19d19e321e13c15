/** Where the speech's files live, relative to `root`; file names in error messages are relative to it too. */
export interface SpeechPaths {
  root: string;
  /** The verbatim source. */
  source: string;
  /** The folder of MDX chapters. */
  chapters: string;
  /** The editors' quotations of what the speech says about the action plan. */
  plan: string;
  /** The editors' bibliographic facts for citations (all optional). */
  metadata: string;
  /** The editors' corrections to the Traditional edition's conversion, and the known wrong forms. */
  traditional: string;
}

/** Where the speech lives in this project; like Astro's own `root`, paths are taken from the directory the build runs in. */
export const speechPaths: SpeechPaths = {
  root: process.cwd(),
  source: 'content/source/000_9559937d0be914b2.txt',
  chapters: 'content/speech',
  plan: 'content/plan.yaml',
  metadata: 'content/metadata.yaml',
  traditional: 'content/traditional.yaml',
};
