import type { APIRoute } from 'astro';
import { prePaintScript } from '../preferences/preferences.ts';

/** The script every page runs before its first paint (async, cached): it applies the reader's saved choices. */
export const GET: APIRoute = () =>
  new Response(prePaintScript(), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
