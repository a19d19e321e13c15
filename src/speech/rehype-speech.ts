import { isAbsolute, relative } from 'node:path';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { h } from 'hastscript';
import type {} from 'mdast-util-mdx-jsx';
import type { VFile } from 'vfile';
import { ContentError } from './errors.ts';
import { loadOutline } from './load.ts';
import type { Part, PlacedBlock } from './outline.ts';
import type { SpeechPaths } from './paths.ts';
import { t } from '../i18n/zh-CN.ts';

// The page carries ids only: scripts read places and numbers back from them (src/shell/place.ts). The two links
// below are empty, so they add nothing to the text that Pagefind indexes or a reader copies.

/** The margin number of a paragraph: a link to itself, drawn by CSS so that copying the paragraph copies only its words. */
const numberLink = (number: number) =>
  h('a', { href: `#p${number}`, className: ['paragraph-number'], ariaLabel: t('paragraph.number', { number }) });

/** The link mark of a section, item or relationship: shown on hover and focus, drawn by CSS like the paragraph number. */
const permalink = (id: string, place: string) =>
  h('a', { href: `#${id}`, className: ['permalink'], ariaLabel: t('permalink.label', { place }) });

const isElement = (node: RootContent | ElementContent | undefined, tagName: string): node is Element =>
  node?.type === 'element' && node.tagName === tagName;

/** A rendered block that is not what the outline read on its line: the chapter changed while the site was built. */
const changed = (part: Part, line: number | undefined, problem: string) =>
  new ContentError(part.file, line, `${problem}: the chapter changed while it was built; build again`);

/** A paragraph of the speech: its id and margin number; an item or relationship also its own id and link mark. */
function paragraph(node: Element, block: PlacedBlock & { kind: 'paragraph' | 'item' | 'relationship' }, part: Part) {
  const own = block.paragraph;
  node.properties = { id: own.id, className: ['paragraph'] };
  if (block.kind === 'paragraph') {
    node.children.unshift(numberLink(own.number));
    return node;
  }
  // The item's own heading is its bold lead sentence: the link mark follows it.
  const [lead, ...rest] = node.children;
  if (!isElement(lead, 'strong'))
    throw changed(
      part,
      block.line,
      `the outline read ${block.kind === 'item' ? 'an item' : 'a relationship'} here, but the paragraph has no bold lead sentence`,
    );
  node.children = [numberLink(own.number), lead, permalink(block.entry.id, own.place), ...rest];
  return h('div', { id: block.entry.id, className: [block.kind] }, [node]);
}

/** An editorial note, rendered from its MDX element: its label, the source's mark it shows, then the editors' words. */
function note(node: RootContent, source: string, part: Part, line: number): Element {
  // MDX wraps a note that is alone on one line in a paragraph.
  const [only] = isElement(node, 'p') && node.children.length === 1 ? node.children : [node];
  if (only?.type !== 'mdxJsxFlowElement' && only?.type !== 'mdxJsxTextElement')
    throw changed(part, line, 'the outline read a note here, but the page has no <Note>');
  const [paragraph] = only.children;
  const body = only.children.length === 1 && isElement(paragraph, 'p') ? paragraph.children : only.children;
  return h('div', { className: ['note'], role: 'note', dataEditorial: '', dataPagefindIgnore: '' }, [
    h('p', [
      h('strong', { className: ['note-label'] }, t('note.label')),
      ...(source ? [h('span', { className: ['note-source'], dataSource: '' }, source)] : []),
      ...body,
    ]),
  ]);
}

/** One top-level node of a chapter, given what its outline block receives in the page. */
function place(node: RootContent, block: PlacedBlock, part: Part): RootContent {
  if (block.kind === 'note') return note(node, block.note.source, part, block.line);
  if (block.kind === 'section') {
    if (!isElement(node, 'h2'))
      throw changed(part, block.line, 'the outline read a section here, but the page has no heading');
    node.properties = { id: block.section.id };
    node.children.push(permalink(block.section.id, block.section.place));
    return node;
  }
  if (!isElement(node, 'p'))
    throw changed(part, block.line, 'the outline read a paragraph here, but the page has none');
  return paragraph(node, block, part);
}

/**
 * Gives every block of a chapter's page the ids and numbers its part's outline assigns, and renders editorial notes.
 * Each rendered node finds its outline block by the line it starts on in the chapter file.
 */
export function placeBlocks(tree: Root, part: Part): void {
  const byLine = new Map(part.blocks.map((block) => [block.line, block]));
  let placed = 0;
  tree.children = tree.children.map((node) => {
    // Line breaks between blocks.
    if (node.type === 'text' && node.value.trim() === '') return node;
    const line = node.position?.start.line;
    const block = line === undefined ? undefined : byLine.get(line);
    if (!block) throw changed(part, line, 'the outline read no block on this line');
    placed++;
    return place(node, block, part);
  });
  if (placed !== part.blocks.length)
    throw changed(part, undefined, `the page has ${placed} of the ${part.blocks.length} blocks the outline read`);
}

/** Rehype plugin: gives each chapter's page its outline's ids (the outline is read and checked against the source first). */
export default function rehypeSpeech(paths: SpeechPaths) {
  return (tree: Root, file: VFile) => {
    const path = relative(paths.root, file.path);
    if (isAbsolute(path) || !path.startsWith(paths.chapters)) return;
    const part = loadOutline(paths).parts.find((p) => p.file === path);
    if (!part) throw new ContentError(path, undefined, 'this chapter is not in the outline');
    placeBlocks(tree, part);
  };
}
