import { z } from 'astro/zod';

/** The frontmatter of a chapter in `content/speech/`: one chapter per part of the speech. */
export const chapterSchema = z
  .strictObject({
    /** Which part of the speech the chapter holds: 1 for 一, 2 for 二… */
    part: z.number().int().positive(),
    /** The part's heading exactly as the source prints it (with full-width punctuation); omit it when the source does not print it. */
    title: z.string().min(1).optional(),
    /** How much of the part the source holds: all of it, only its ending (its start and heading are missing), or only its opening (it stops mid-sentence). */
    coverage: z.enum(['complete', 'ending-only', 'opening-only']),
  })
  .refine((chapter) => chapter.coverage === 'ending-only' || chapter.title !== undefined, {
    message: 'a part whose opening is in the source gives its title',
    path: ['title'],
  });

export type ChapterFrontmatter = z.infer<typeof chapterSchema>;
