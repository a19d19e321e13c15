import type { APIRoute } from 'astro';
import { outline } from '../data/speech';
import { partUrl } from '../site/urls';
import { searchBlocks } from '../search/blocks.ts';

/** Every heading and paragraph of the speech for the phrase search, loaded only when a reader searches. */
export const GET: APIRoute = () => Response.json(searchBlocks(outline, partUrl));
