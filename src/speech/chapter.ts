import type { Heading, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { ContentError } from './errors.ts';
import { numberOf } from './text.ts';

interface BlockBase {
  line: number;
  /** The characters of the source this block shows: the speech's words, or for a note the source marks it quotes. */
  text: string;
}

/** A `## 第一，…` heading: the lead sentence of a section. */
export interface SectionBlock extends BlockBase {
  kind: 'section';
  node: Heading;
  /** 3 for 第三. */
  number: number;
}

/** A paragraph that begins with a bold `**一是…。**` lead sentence: an item inside a section, or a relationship before the first. */
export interface EnumeratedBlock extends BlockBase {
  kind: 'item' | 'relationship';
  node: Paragraph;
  /** 3 for 三是. */
  number: number;
  /** The bold lead sentence as the chapter sets it. */
  lead: string;
}

/** Any other paragraph of the speech. */
export interface ParagraphBlock extends BlockBase {
  kind: 'paragraph';
  node: Paragraph;
}

/** An editorial `<Note>`: the source marks it quotes (in `text`) and the editors' own words. */
export interface NoteBlock extends BlockBase {
  kind: 'note';
  node: RootContent;
  comment: string;
}

/** One top-level block of a chapter, in reading order. */
export type Block = SectionBlock | EnumeratedBlock | ParagraphBlock | NoteBlock;
export type BlockKind = Block['kind'];

const SECTION = /^第([一二三四五六七八九十])，/;
const ENUMERATED = /^([一二三四五六七八九十])是/;

function textOf(nodes: readonly PhrasingContent[], file: string): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') return node.value;
      if (node.type === 'strong') return textOf(node.children, file);
      throw new ContentError(
        file,
        node.position?.start.line,
        `only plain text and a bold lead sentence may stand in the speech's text, not ${node.type}`,
      );
    })
    .join('');
}

function noteOf(node: RootContent): { source: string; comment: string } | undefined {
  const only = node.type === 'paragraph' && node.children.length === 1 ? node.children[0] : undefined;
  const jsx = only ?? node;
  if (jsx.type !== 'mdxJsxFlowElement' && jsx.type !== 'mdxJsxTextElement') return undefined;
  if (jsx.name !== 'Note') return undefined;
  const source = jsx.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'source')?.value;
  return { source: typeof source === 'string' ? source : '', comment: toString(jsx).trim() };
}

const lineOf = (node: RootContent) => node.position?.start.line ?? 1;

function sectionBlock(node: Heading, file: string): SectionBlock {
  const line = lineOf(node);
  if (node.depth !== 2)
    throw new ContentError(
      file,
      line,
      `a chapter's headings are its sections and use "## "; found a level-${node.depth} heading`,
    );
  const text = textOf(node.children, file);
  const match = SECTION.exec(text);
  if (!match)
    throw new ContentError(
      file,
      line,
      `a section heading starts with its number, as in "第一，"; found "${text.slice(0, 12)}"`,
    );
  return { kind: 'section', node, line, text, number: numberOf(match[1] ?? '') };
}

function paragraphBlock(node: Paragraph, file: string, inSection: boolean): ParagraphBlock | EnumeratedBlock {
  const line = lineOf(node);
  const text = textOf(node.children, file);
  const first = node.children[0];
  const match = ENUMERATED.exec(text);
  if (first?.type !== 'strong') {
    if (node.children.some((c) => c.type === 'strong'))
      throw new ContentError(file, line, 'bold is kept for the lead sentence at the start of an item');
    if (match)
      throw new ContentError(
        file,
        line,
        `an enumerated item's lead sentence is set in bold: **${text.slice(0, 6)}…。**`,
      );
    return { kind: 'paragraph', node, line, text };
  }
  if (!match)
    throw new ContentError(
      file,
      line,
      `a bold lead sentence must begin an enumerated item such as "一是…"; found "${text.slice(0, 12)}"`,
    );
  return {
    kind: inSection ? 'item' : 'relationship',
    node,
    line,
    text,
    number: numberOf(match[1] ?? ''),
    lead: textOf(first.children, file),
  };
}

/** Reads a chapter's blocks: `## 第一，…` sections, `**一是…。**` items (relationships before the first section), paragraphs and `<Note>`s. */
export function readBlocks(tree: Root, file: string): Block[] {
  const blocks: Block[] = [];
  for (const node of tree.children) {
    const line = lineOf(node);
    const note = noteOf(node);
    if (note) blocks.push({ kind: 'note', node, line, text: note.source, comment: note.comment });
    else if (node.type === 'heading') blocks.push(sectionBlock(node, file));
    else if (node.type === 'paragraph')
      blocks.push(
        paragraphBlock(
          node,
          file,
          blocks.some((b) => b.kind === 'section'),
        ),
      );
    else if (node.type !== 'yaml' && node.type !== 'mdxjsEsm')
      throw new ContentError(file, line, `a chapter holds paragraphs, "## " sections and <Note>s; found ${node.type}`);
  }
  return blocks;
}

/** Sections count 第一, 第二…; inside each, items count 一是, 二是…; so do the relationships before the first section. */
export function checkSequence(blocks: Block[], file: string): ContentError[] {
  const errors: ContentError[] = [];
  let section = 0;
  let enumerated = 0;
  for (const block of blocks) {
    if (block.kind === 'section') {
      if (block.number !== section + 1)
        errors.push(
          new ContentError(
            file,
            block.line,
            `section ${block.text.slice(0, 2)} is out of sequence: expected section number ${section + 1}`,
          ),
        );
      section = block.number;
      enumerated = 0;
    } else if (block.kind === 'item' || block.kind === 'relationship') {
      if (block.number !== enumerated + 1)
        errors.push(
          new ContentError(
            file,
            block.line,
            `${block.kind} ${block.text.slice(0, 2)} is out of sequence: expected number ${enumerated + 1}`,
          ),
        );
      enumerated = block.number;
    }
  }
  return errors;
}
