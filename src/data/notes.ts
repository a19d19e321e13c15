import { t } from '../i18n/zh-CN.ts';
import { partUrl } from '../site/urls.ts';
import type { Speech } from '../speech/load.ts';
import type { Facts, ParagraphInfo } from '../study/export.ts';

/** What 摘抄本 carries for the list the browser builds: each paragraph's place, part, section, page and text. */
export type NotesParagraphs = Record<string, Omit<ParagraphInfo, 'page'> & { path: string }>;

/** 摘抄本's route data: every paragraph a saved passage may stand in, and the facts its citations take. */
export function notesData({ outline, metadata }: Speech): { paragraphs: NotesParagraphs; facts: Facts } {
  const paragraphs: NotesParagraphs = {};
  for (const part of outline.parts) {
    let section: string | undefined;
    for (const block of part.blocks) {
      if (block.kind === 'section') section = block.section.label;
      if (block.kind === 'note' || block.kind === 'section') continue;
      const { paragraph } = block;
      paragraphs[paragraph.id] = {
        path: partUrl(part.slug),
        number: paragraph.number,
        place: t('cite.paragraph', { place: paragraph.place, number: paragraph.number }),
        part: part.label,
        ...(section ? { section } : {}),
        text: paragraph.text,
      };
    }
  }
  const { speaker, occasion, publisher, publisherCity, issued, updated } = metadata;
  return { paragraphs, facts: { title: outline.title, speaker, occasion, publisher, publisherCity, issued, updated } };
}
