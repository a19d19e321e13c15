import { isAbsolute, relative } from 'node:path';
import type { Heading, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { readBlocks } from './chapter.ts';
import { ContentError } from './errors.ts';
import { loadOutline } from './load.ts';
import type { SpeechPaths } from './paths.ts';
import type { Part, Paragraph as SpeechParagraph, Section } from './outline.ts';
import { t } from '../i18n/zh-CN.ts';

// mdast nodes that only carry the HTML they become (mdast-util-to-hast renders unknown nodes from data.hName).
const element = (hName: string, hProperties: Record<string, unknown>, children: unknown[] = []) =>
  ({ type: 'speechElement', data: { hName, hProperties }, children }) as unknown as RootContent;

// The page carries ids only: scripts read places and numbers back from them (src/client/place.ts). The two links
// below are empty, so they add nothing to the text that Pagefind indexes or a reader copies.

/** The margin number of a paragraph: a link to itself, drawn by CSS so that copying the paragraph copies only its words. */
const numberLink = (number: number) =>
  element('a', {
    href: `#p${number}`,
    className: ['paragraph-number'],
    ariaLabel: t('paragraph.number', { number }),
  }) as unknown as PhrasingContent;

/** The link mark of a section, item or relationship: shown on hover and focus, drawn by CSS like the paragraph number. */
const permalink = (id: string, place: string) =>
  element('a', {
    href: `#${id}`,
    className: ['permalink'],
    ariaLabel: t('permalink.label', { place }),
  }) as unknown as PhrasingContent;

function placeParagraph(
  node: Paragraph,
  paragraph: SpeechParagraph,
  entry?: { kind: string; id: string },
): RootContent {
  node.data = { hProperties: { id: paragraph.id, className: ['paragraph'] } };
  node.children.unshift(numberLink(paragraph.number));
  if (!entry) return node;
  // After the bold lead sentence, which is the item's own heading.
  node.children.splice(2, 0, permalink(entry.id, paragraph.place));
  return element('div', { id: entry.id, className: [entry.kind] }, [node]);
}

function note(node: RootContent, source: string): RootContent {
  const children = 'children' in node ? (node.children as RootContent[]) : [];
  const [only] = children;
  const body = children.length === 1 && only?.type === 'paragraph' ? only.children : children;
  const label = element('strong', { className: ['note-label'] }, [{ type: 'text', value: t('note.label') }]);
  const quoted = source
    ? [element('span', { className: ['note-source'], dataSource: '' }, [{ type: 'text', value: source }])]
    : [];
  return element('div', { className: ['note'], role: 'note', dataEditorial: '', dataPagefindIgnore: '' }, [
    element('p', {}, [label, ...quoted, ...body]),
  ]);
}

function placeSection(node: Heading, section: Section): void {
  node.data = { hProperties: { id: section.id } };
  node.children.push(permalink(section.id, section.place));
}

/** Gives every block of a chapter the ids and numbers its part's outline assigns, and renders editorial notes. */
export function assignIds(tree: Root, part: Part): void {
  const blocks = readBlocks(tree, part.file);
  const changed = () =>
    new ContentError(part.file, undefined, 'the chapter changed while it was being read; build again');
  if (blocks.length !== part.blocks.length) throw changed();
  blocks.forEach((block, i) => {
    const placed = part.blocks[i];
    const at = tree.children.indexOf(block.node);
    if (block.kind === 'note' && placed?.kind === 'note') tree.children[at] = note(block.node, block.source);
    else if (block.kind === 'section' && placed?.kind === 'section') placeSection(block.node, placed.section);
    else if (block.kind === 'paragraph' && placed?.kind === 'paragraph')
      tree.children[at] = placeParagraph(block.node, placed.paragraph);
    else if ((block.kind === 'item' || block.kind === 'relationship') && placed?.kind === block.kind)
      tree.children[at] = placeParagraph(block.node, placed.paragraph, { kind: block.kind, id: placed.entry.id });
    else throw changed();
  });
}

/** Remark plugin: checks the whole speech against its source and gives each chapter its outline's ids. */
export default function remarkSpeech(paths: SpeechPaths) {
  return (tree: Root, file: VFile) => {
    const path = relative(paths.root, file.path);
    if (isAbsolute(path) || !path.startsWith(paths.chapters)) return;
    const part = loadOutline(paths).parts.find((p) => p.file === path);
    if (!part) throw new ContentError(path, undefined, 'this chapter is not in the outline');
    assignIds(tree, part);
  };
}
