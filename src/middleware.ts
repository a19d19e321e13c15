import { defineMiddleware } from 'astro:middleware';
import { routeData } from './data/route.ts';
import { speech } from './data/speech.ts';
import { url } from './site/urls.ts';

/**
 * Route data, as Starlight does it: every page and component reads the speech and what to render about the page
 * (title, breadcrumb, navigation, sidebar, prev/next) from `Astro.locals`, never from files.
 */
export const onRequest = defineMiddleware((context, next) => {
  context.locals.speech = speech();
  const site = context.site ?? context.url.origin;
  context.locals.route = routeData({
    speech: context.locals.speech,
    pathname: context.url.pathname,
    site,
    url,
  });
  return next();
});
