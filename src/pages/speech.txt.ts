import type { APIRoute } from 'astro';
import type { Part } from '../speech/outline.ts';
import { t } from '../i18n/zh-CN.ts';

// The edited text as plain UTF-8: the speech's words, with the editors' notes set apart in 〔〕.
function partText(part: Part): string[] {
  const lines = [part.title ?? `〔${t('note.label')}：${part.label}〕`];
  for (const block of part.blocks) {
    if (block.kind === 'note') lines.push(`〔${t('note.label')}：${block.note.source}${block.note.comment}〕`);
    else if (block.kind === 'section') lines.push(block.section.label);
    else lines.push(block.paragraph.text);
  }
  return lines;
}

export const GET: APIRoute = ({ locals: { speech } }) =>
  new Response([speech.outline.title, ...speech.outline.parts.flatMap(partText)].join('\n\n') + '\n', {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
