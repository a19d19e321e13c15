// The blocks 朗读 reads on this page: the speech's own words in reading order, each with the text nodes that hold it.
import { sentences } from '../sentences.ts';
import type { Readable } from '../engine.ts';
import { textNodes } from '../../shell/text-range.ts';

/** A block of the speech that is read: its element, and the text nodes that hold its text. */
export interface Block extends Readable {
  element: HTMLElement;
  nodes: Text[];
}

/** The speech's own words in reading order: headings and paragraphs, without editorial notes and labels. */
export function readBlocks(): Block[] {
  const elements = document.querySelectorAll<HTMLElement>(
    ':is([data-speech] :is(h1, h2, h3, .paragraph), h1[data-speech]):not(.note *)',
  );
  const blocks: Block[] = [];
  for (const element of elements) {
    const nodes = textNodes(element, { skip: '[data-editorial], .visually-hidden, .note' });
    const text = nodes.map((node) => node.data).join('');
    const spans = sentences(text);
    if (spans.length) blocks.push({ element, text, nodes, spans });
  }
  return blocks;
}

/** The first block at the reader's eye line: a quarter of the way down the screen below the header. */
export function atEyeLine(blocks: Block[]): number {
  if (scrollY < 8) return 0;
  const header = document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0;
  const line = header + (innerHeight - header) * 0.25;
  const found = blocks.findIndex((b) => b.element.getBoundingClientRect().bottom > line);
  return Math.max(0, found);
}
