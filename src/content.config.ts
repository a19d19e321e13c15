import { glob } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { chapterSchema } from './speech/schema.ts';

export const collections = {
  speech: defineCollection({
    loader: glob({ base: './content/speech', pattern: '*.mdx' }),
    schema: chapterSchema,
  }),
};
