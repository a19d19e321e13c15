import { defineMiddleware } from 'astro:middleware';
import { speech } from './data/speech.ts';

/** Route data, as Starlight does it: every page and component reads the speech from `Astro.locals`, never from files. */
export const onRequest = defineMiddleware((context, next) => {
  context.locals.speech = speech();
  return next();
});
