// The Word file of 学习笔记, written by the docx library: loaded only when the reader asks for it.
import { Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { NotesBlock, NotesEntry } from '../notes-layout.ts';

const FONT = { ascii: 'Times New Roman', eastAsia: 'SimSun', hAnsi: 'Times New Roman' };

const line = (text: string, options: { bold?: boolean } = {}) =>
  new Paragraph({ children: [new TextRun({ text, font: FONT, ...options })] });
const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
  new Paragraph({ heading: level, children: [new TextRun({ text, font: FONT })] });

const LEVELS = { title: HeadingLevel.TITLE, part: HeadingLevel.HEADING_1, section: HeadingLevel.HEADING_2 };

function passage({ place, kind, day, words, note, noteLabel, source, linkLabel, link }: NotesEntry): Paragraph[] {
  const hyperlink = new ExternalHyperlink({ link, children: [new TextRun({ text: link, style: 'Hyperlink' })] });
  return [
    line(`${place}　${kind}　${day}`, { bold: true }),
    line(`“${words}”`),
    ...(note ? [line(noteLabel + note)] : []),
    line(source),
    new Paragraph({ children: [new TextRun({ text: linkLabel, font: FONT }), hyperlink] }),
  ];
}

/** 学习笔记 as a .docx, block by block from the layout the text and Markdown files follow. */
export function toDocx(blocks: NotesBlock[], creator: string): Promise<Blob> {
  const children = blocks.flatMap((block) => {
    if (block.kind === 'entry') return passage(block.entry);
    return [block.kind === 'by' ? line(block.text) : heading(block.text, LEVELS[block.kind])];
  });
  const title = blocks[0]?.kind === 'title' ? blocks[0].text : creator;
  return Packer.toBlob(new Document({ creator, title, sections: [{ children }] }));
}
