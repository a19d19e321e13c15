import { t } from '../i18n/zh-CN.ts';
import type { Speech } from '../speech/load.ts';
import type { Facts, ParagraphInfo } from '../study/export.ts';
import type { SitePath } from './navigation.ts';

/** What 摘抄本 carries for the list the browser builds: each paragraph's place, part, section, page and text. */
export type NotesParagraphs = Record<string, Omit<ParagraphInfo, 'page'> & { path: string }>;

/** What 摘抄本 and 心得提纲 carry: every paragraph a saved passage may stand in, and the facts its citations take. */
export interface NotesData {
  paragraphs: NotesParagraphs;
  facts: Facts;
}

/** 摘抄本's and 心得提纲's route data (`url` a path below the configured base). */
export function notesData({ outline, metadata }: Speech, url: SitePath): NotesData {
  const paragraphs: NotesParagraphs = {};
  for (const part of outline.parts) {
    let section: string | undefined;
    for (const block of part.blocks) {
      if (block.kind === 'section') section = block.section.label;
      if (block.kind === 'note' || block.kind === 'section') continue;
      const { paragraph } = block;
      paragraphs[paragraph.id] = {
        path: url(`${part.slug}/`),
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
