// The whole text as a .docx with the reader's marks: each highlight and excerpt a character style named as the page
// names it (直线 underlined, 马克笔 shaded yellow, 波浪线 a wavy underline, 摘抄 a grey dotted underline), each note a
// footnote where its passage ends.
import {
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  HighlightColor,
  Packer,
  Paragraph,
  TextRun,
  UnderlineType,
  type ICharacterStyleOptions,
} from 'docx';
import { MARK_STYLES, type MarkStyle } from '../model.ts';
import type { FullBlock } from './full-text.ts';

const FONT = { ascii: 'Times New Roman', eastAsia: 'SimSun', hAnsi: 'Times New Roman' };
const STYLE_IDS: Record<MarkStyle, string> = {
  直线: 'MarkStraight',
  马克笔: 'MarkMarker',
  波浪线: 'MarkWave',
  excerpt: 'MarkExcerpt',
};
// The excerpt's dotted underline in the page's muted grey (study.css's --muted in the light scheme).
const LOOKS: Record<MarkStyle, ICharacterStyleOptions['run']> = {
  直线: { underline: { type: UnderlineType.SINGLE } },
  马克笔: { highlight: HighlightColor.YELLOW },
  波浪线: { underline: { type: UnderlineType.WAVE } },
  excerpt: { underline: { type: UnderlineType.DOTTED, color: '54595F' } },
};
/** The character styles, named as the page's edition names them. */
const characterStyles = (names: Record<MarkStyle, string>): ICharacterStyleOptions[] =>
  MARK_STYLES.map((style) => ({ id: STYLE_IDS[style], name: names[style], run: LOOKS[style] }));
const LEVELS = { title: HeadingLevel.TITLE, part: HeadingLevel.HEADING_1, section: HeadingLevel.HEADING_2 };

const note = (text: string) =>
  new FootnoteReferenceRun({ children: [new Paragraph({ children: [new TextRun({ text, font: FONT })] })] });

function paragraph(block: FullBlock): Paragraph {
  if (block.kind !== 'paragraph') {
    const run = new TextRun({ text: block.text, font: FONT, ...(block.kind === 'note' ? { size: 18 } : {}) });
    return new Paragraph({ ...(block.kind === 'note' ? {} : { heading: LEVELS[block.kind] }), children: [run] });
  }
  const children = block.runs.flatMap((run) => [
    new TextRun({ text: run.text, font: FONT, ...(run.style ? { style: STYLE_IDS[run.style] } : {}) }),
    ...run.notes.map(note),
  ]);
  return new Paragraph({ indent: { firstLine: 480 }, children });
}

export function fullDocx(blocks: FullBlock[], names: Record<MarkStyle, string>, creator: string): Promise<Blob> {
  const title = blocks[0]?.kind === 'title' ? blocks[0].text : creator;
  const document = new Document({
    creator,
    title,
    styles: { characterStyles: characterStyles(names) },
    sections: [{ children: blocks.map(paragraph) }],
  });
  return Packer.toBlob(document);
}
