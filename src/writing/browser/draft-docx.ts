// The 心得 as a .docx in the common 公文 layout (标题 方正小标宋简体 2号, 一级标题 黑体 3号, 正文 仿宋 3号, 行距 27 磅),
// each quotation's source in a footnote; written by the docx library in a worker, only when the reader asks.
import { AlignmentType, Document, FootnoteReferenceRun, LineRuleType, Packer, Paragraph, TextRun } from 'docx';
import type { DraftDocument } from '../draft-layout.ts';

// A run names one East Asian font; where it is missing Word substitutes (the page names the fallbacks).
const face = (eastAsia: string) => ({ eastAsia, ascii: 'Times New Roman', hAnsi: 'Times New Roman' });
const TITLE = { font: face('方正小标宋简体'), size: 44 };
const HEADING = { font: face('黑体'), size: 32 };
const BODY = { font: face('仿宋'), size: 32 };
const NOTE = { font: face('仿宋'), size: 21 };
/** 27 磅 exactly, in twentieths of a point. */
const LINE = { line: 540, lineRule: LineRuleType.EXACT };
/** Two characters of 3号 (16 pt), in twentieths of a point. */
const INDENT = { firstLine: 640 };

const paragraph = (text: string, run: typeof BODY, options: ConstructorParameters<typeof Paragraph>[0] & object = {}) =>
  new Paragraph({ spacing: LINE, ...options, children: [new TextRun({ text, ...run })] });

/** The draft's blocks as Word paragraphs. */
export function toDocx({ blocks, notes }: DraftDocument, creator: string): Promise<Blob> {
  const children = blocks.map((block) => {
    if (block.kind === 'title') return paragraph(block.text, TITLE, { alignment: AlignmentType.CENTER });
    if (block.kind === 'heading') return paragraph(block.text, HEADING, { indent: INDENT });
    if (block.kind !== 'quote') return paragraph(block.text, BODY, { indent: INDENT });
    const source = new Paragraph({ children: [new TextRun({ text: notes[block.note - 1] ?? '', ...NOTE })] });
    return new Paragraph({
      spacing: LINE,
      indent: INDENT,
      children: [new TextRun({ text: block.text, ...BODY }), new FootnoteReferenceRun({ children: [source] })],
    });
  });
  const title = blocks[0]?.kind === 'title' ? blocks[0].text : creator;
  return Packer.toBlob(new Document({ creator, title, sections: [{ children }] }));
}
