import type { APIRoute } from 'astro';
import { t } from '../i18n/zh-CN';
import { url } from '../site/urls';

/** The web app manifest: a reader can add the site to a home screen, and it opens below the base path. */
export const GET: APIRoute = ({ locals }) =>
  new Response(
    JSON.stringify({
      name: locals.speech.outline.title,
      short_name: t('site.shortName'),
      lang: 'zh-CN',
      start_url: url(),
      scope: url(),
      display: 'standalone',
      background_color: '#fffefa',
      theme_color: '#9b1c12',
      icons: [{ src: url('icon.svg'), sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
    }),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
