import { readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';

/** The site icon as a file, for the web app manifest (pages carry it inline as a data URL). */
export const GET: APIRoute = () =>
  new Response(readFileSync('src/favicon.svg', 'utf8'), { headers: { 'Content-Type': 'image/svg+xml' } });
