import { convertRun } from './convert.ts';
import { textEdit, type Node } from './page-tree.ts';
import type { PageEvent } from './page-walk.ts';
import { plain, prove, type Conversion, type Rewrite } from './round-trip.ts';

// Stage 3, text gathered into runs: the converter needs a phrase's neighbours, the interface its own whole strings.

const HAN = /\p{Script=Han}/u;
const codePoints = (text: string) => [...text].length;

/** A run for the converter: consecutive text nodes of one block, and the paragraph or part an error names. */
export interface TextRun {
  kind: 'run';
  nodes: Node[];
  where: string;
}

/** The page's parts in reading order, each converted on its own: runs, interface strings, elements, the switch. */
export type Piece =
  TextRun | { kind: 'interface'; node: Node; text: string } | Exclude<PageEvent, { kind: 'text' } | { kind: 'break' }>;

/**
 * Gathers the page's text into runs (so a phrase is converted with the words around it), ending one at each break
 * and block; a text that is a whole string of the interface, outside the speech, is a piece of its own.
 */
export function pieces(events: PageEvent[], c: Conversion): Piece[] {
  const out: Piece[] = [];
  let run: TextRun = { kind: 'run', nodes: [], where: '' };
  let block: Node | undefined;
  const end = () => {
    if (run.nodes.length) out.push(run);
    run = { kind: 'run', nodes: [], where: '' };
    block = undefined;
  };
  for (const event of events) {
    if (event.kind === 'break') end();
    if (event.kind === 'element' || event.kind === 'switch') out.push(event);
    if (event.kind !== 'text') continue;
    const { node, context } = event;
    // The interface's own strings (outside the speech's words) come from the hand-written table.
    const ui = context.speech ? undefined : c.lookup(node.value ?? '', (value) => plain(c, value));
    if (ui !== undefined) {
      end();
      out.push({ kind: 'interface', node, text: ui });
      continue;
    }
    if (block !== context.block) end();
    block = context.block;
    run.where = context.where;
    run.nodes.push(node);
  }
  end();
  return out;
}

/** An interface string in its hand-written form. */
export const interfaceRewrite = (node: Node, text: string): Rewrite => ({
  edits: text !== node.value ? textEdit(node, text) : [],
  errors: [],
});

/** One run converted and proved, its text put back into its nodes. */
export function runRewrite({ nodes, where }: TextRun, c: Conversion): Rewrite {
  const source = nodes.map((n) => n.value ?? '').join('');
  if (!HAN.test(source)) return { edits: [], errors: [] };
  const { text, applied } = convertRun(source, c.proofreading, c.uses);
  const line = nodes[0]!.sourceCodeLocation?.startLine ?? 0;
  const errors = prove(c, { source, converted: text, applied }, line, where);
  // The converter keeps every character's place, so the run's text goes back into its nodes by length.
  const sameLength = codePoints(text) === codePoints(source);
  const chars = [...text];
  let at = 0;
  const edits = nodes.flatMap((node) => {
    const value = node.value ?? '';
    const n = codePoints(value);
    const converted = sameLength ? chars.slice(at, at + n).join('') : plain(c, value);
    at += n;
    return converted !== value ? textEdit(node, converted) : [];
  });
  return { edits, errors };
}
