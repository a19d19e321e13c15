import type { APIRoute } from 'astro';
import { partUrl } from '../site/urls';
import { searchTargets } from '../search/targets.ts';

/** Every heading and paragraph of the speech for the phrase search, loaded only when a reader searches. */
export const GET: APIRoute = ({ locals }) => Response.json(searchTargets(locals.speech.outline, partUrl));
