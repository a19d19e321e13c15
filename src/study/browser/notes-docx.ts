// The Word file of 学习笔记, written by the docx library: loaded only when the reader asks for it.
import { Document, ExternalHyperlink, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { grouped, type Entry, type Heading } from '../export.ts';
import { studyStrings as ui } from '../../i18n/browser.ts';
import { fill } from '../../i18n/fill.ts';

const FONT = { ascii: 'Times New Roman', eastAsia: 'SimSun', hAnsi: 'Times New Roman' };

const line = (text: string, options: { bold?: boolean; italics?: boolean } = {}) =>
  new Paragraph({ children: [new TextRun({ text, font: FONT, ...options })] });

/** 学习笔记 as a .docx: title, the optional name and date, then each entry with its place, words, note, citation and link. */
export async function toDocx(entries: Entry[], { title, name, date }: Heading): Promise<Blob> {
  const children: Paragraph[] = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      children: [new TextRun({ text: `《${title}》学习笔记`, font: FONT })],
    }),
  ];
  const by = [name && `姓名：${name}`, date && `日期：${date}`].filter(Boolean).join('　');
  if (by) children.push(line(by));
  for (const { part, sections } of grouped(entries)) {
    children.push(
      new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun({ text: part, font: FONT })] }),
    );
    for (const { section, entries } of sections) {
      if (section)
        children.push(
          new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun({ text: section, font: FONT })] }),
        );
      for (const { record, info, citation, permalink, day } of entries) {
        const kind =
          record.kind === 'excerpt'
            ? ui['notes.filter.excerpt']
            : fill(ui['notes.style'], { style: ui[`study.style.${record.style}`] });
        children.push(line(`${info.place}　${kind}　${day}`, { bold: true }), line(`“${record.exact}”`));
        if (record.note) children.push(line(`${ui['notes.noteLabel']}${record.note}`));
        children.push(
          line(`${ui['notes.source']}${citation}`),
          new Paragraph({
            children: [
              new TextRun({ text: '链接：', font: FONT }),
              new ExternalHyperlink({
                link: permalink,
                children: [new TextRun({ text: permalink, style: 'Hyperlink' })],
              }),
            ],
          }),
        );
      }
    }
  }
  return Packer.toBlob(new Document({ creator: title, title: `${title} 学习笔记`, sections: [{ children }] }));
}
