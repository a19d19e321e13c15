import type { APIRoute } from 'astro';
import { ankiDeck } from '../../practice/anki.ts';
import { generateQuestions } from '../../practice/questions.ts';
import { url } from '../../site/urls.ts';

// 自测's 填空 as an Anki deck (src/practice/anki.ts), linked from /practice/.
export const GET: APIRoute = ({ locals: { speech }, site }) =>
  new Response(
    ankiDeck(generateQuestions(speech.outline, speech.plan), (q) => new URL(`${url(q.page)}#${q.target}`, site).href),
    { headers: { 'Content-Type': 'text/plain; charset=utf-8' } },
  );
