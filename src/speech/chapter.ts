import type { Heading, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
// The MDX node types (mdxjsEsm, mdxFlowExpression …) that isCode names come with remark-mdx's types.
import type {} from 'remark-mdx';
import { toString } from 'mdast-util-to-string';
import { ContentError } from './errors.ts';
import { numberOf } from './text.ts';

interface BlockBase {
  line: number;
  /** The characters of the speech this block shows. */
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

/** An editorial `<Note>`, never the speech: a mark of the source it shows (such as （上接第一版）) and the editors' own words. */
export interface NoteBlock {
  kind: 'note';
  node: RootContent;
  line: number;
  /** The source's own mark the note shows, or ''. */
  source: string;
  comment: string;
}

/** One top-level block of a chapter, in reading order. */
export type Block = SectionBlock | EnumeratedBlock | ParagraphBlock | NoteBlock;
export type BlockKind = Block['kind'];
/** A block that shows the speech's own words. */
export type SpeechBlock = Exclude<Block, NoteBlock>;

const SECTION = /^第([一二三四五六七八九十])，/;
const ENUMERATED = /^([一二三四五六七八九十])是/;

type Node = Root | RootContent;

const lineOf = (node: Node) => node.position?.start.line ?? 1;

const NAMES: Partial<Record<string, string>> = {
  image: 'an image',
  imageReference: 'an image',
  link: 'a link',
  emphasis: 'emphasis',
  inlineCode: 'code',
  code: 'code',
  list: 'a list',
  blockquote: 'a quotation block',
  thematicBreak: 'a rule (---)',
  break: 'a line break',
};

/** What an MDX node is, in an editor's words: the element <script>, “export const …”, an image… */
function describe(node: Node): string {
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') return `the element <${node.name ?? ''}>`;
  if (node.type === 'mdxjsEsm') return `“${node.value.trim().split('\n')[0]!.slice(0, 40)}”`;
  if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') return `the expression {${node.value}}`;
  return NAMES[node.type] ?? node.type;
}

/** MDX that runs code: import, export, {expressions}. A chapter is content; code in it could rewrite the speech unseen. */
const isCode = (node: Node) =>
  node.type === 'mdxjsEsm' || node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression';

function notAllowed(node: Node, file: string, where: string): ContentError {
  const problem = isCode(node)
    ? `a chapter holds no code (import, export, {…}): ${describe(node)} is not allowed`
    : `${where}, not ${describe(node)}`;
  return new ContentError(file, lineOf(node), problem);
}

function textOf(nodes: readonly PhrasingContent[], file: string): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') return node.value;
      if (node.type === 'strong') return textOf(node.children, file);
      throw notAllowed(node, file, "only plain text and a bold lead sentence may stand in the speech's text");
    })
    .join('');
}

// Anything a URL resolved against this origin keeps it, only when it is a page of the site itself.
const SITE = 'http://site.invalid';

/** A note's body: plain text, emphasis and links to the site's own pages; nothing that could carry HTML, script or another origin. */
function checkNoteBody(nodes: readonly Node[], file: string): void {
  for (const node of nodes) {
    if (node.type === 'text') continue;
    if (node.type === 'link' && new URL(node.url, `${SITE}/part-1/`).origin !== SITE)
      throw new ContentError(file, lineOf(node), `a note links only to this site's own pages, not to “${node.url}”`);
    if (node.type === 'paragraph' || node.type === 'emphasis' || node.type === 'strong' || node.type === 'link')
      checkNoteBody(node.children, file);
    else throw notAllowed(node, file, "a note holds plain text, emphasis and links to this site's pages");
  }
}

/** The `<Note>` a block is, alone on its lines (MDX wraps a one-line note in a paragraph); undefined for any other block. */
function noteElement(node: RootContent): MdxJsxFlowElement | MdxJsxTextElement | undefined {
  const only = node.type === 'paragraph' && node.children.length === 1 ? node.children[0] : undefined;
  const jsx = only ?? node;
  if (jsx.type !== 'mdxJsxFlowElement' && jsx.type !== 'mdxJsxTextElement') return undefined;
  return jsx.name === 'Note' ? jsx : undefined;
}

function noteBlock(node: RootContent, jsx: MdxJsxFlowElement | MdxJsxTextElement, file: string): NoteBlock {
  const line = lineOf(node);
  let source = '';
  for (const attribute of jsx.attributes) {
    if (attribute.type !== 'mdxJsxAttribute')
      throw new ContentError(file, line, 'a chapter holds no code: a note takes no {…} attributes');
    if (attribute.name !== 'source')
      throw new ContentError(file, line, `a note takes only a source attribute, not ${attribute.name}`);
    if (typeof attribute.value !== 'string')
      throw new ContentError(file, line, 'a note\'s source is plain quoted text: source="（上接第一版）"');
    source = attribute.value;
  }
  checkNoteBody(jsx.children, file);
  return { kind: 'note', node, line, source, comment: toString(jsx).trim() };
}

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
    const note = noteElement(node);
    if (note) blocks.push(noteBlock(node, note, file));
    else if (node.type === 'heading') blocks.push(sectionBlock(node, file));
    else if (node.type === 'paragraph')
      blocks.push(
        paragraphBlock(
          node,
          file,
          blocks.some((b) => b.kind === 'section'),
        ),
      );
    else throw notAllowed(node, file, 'a chapter holds paragraphs, "## " sections and <Note>s between them');
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
