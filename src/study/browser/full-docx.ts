// The whole text as a .docx with the reader's marks: each highlight a character style named as the page names it
// (直线 underlined, 马克笔 shaded yellow, 波浪线 a wavy underline), each note a footnote where its highlight ends.
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
import type { Style } from '../model.ts';
import type { FullBlock } from './full-text.ts';

const FONT = { ascii: 'Times New Roman', eastAsia: 'SimSun', hAnsi: 'Times New Roman' };
const STYLE_IDS: Record<Style, string> = { 直线: 'MarkStraight', 马克笔: 'MarkMarker', 波浪线: 'MarkWave' };
const characterStyles: ICharacterStyleOptions[] = [
  { id: STYLE_IDS.直线, name: '直线', run: { underline: { type: UnderlineType.SINGLE } } },
  { id: STYLE_IDS.马克笔, name: '马克笔', run: { highlight: HighlightColor.YELLOW } },
  { id: STYLE_IDS.波浪线, name: '波浪线', run: { underline: { type: UnderlineType.WAVE } } },
];
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

export function fullDocx(blocks: FullBlock[], creator: string): Promise<Blob> {
  const title = blocks[0]?.kind === 'title' ? blocks[0].text : creator;
  const document = new Document({
    creator,
    title,
    styles: { characterStyles },
    sections: [{ children: blocks.map(paragraph) }],
  });
  return Packer.toBlob(document);
}
