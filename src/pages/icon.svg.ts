import { readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';

/** The site icon as a file, for the pages' <link rel="icon"> and the web app manifest. */
export const GET: APIRoute = () =>
  new Response(readFileSync('src/favicon.svg', 'utf8'), { headers: { 'Content-Type': 'image/svg+xml' } });
