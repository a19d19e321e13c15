import type { ContentError } from '../speech/errors.ts';
import { elementRewrite, switchRewrite } from './attributes.ts';
import type { Correction, Proofreading } from './convert.ts';
import { interfaceLookup, type InterfaceTable } from './interface-lookup.ts';
import { applyEdits, parsePage } from './page-tree.ts';
import { pageEvents } from './page-walk.ts';
import type { Conversion, Rewrite } from './round-trip.ts';
import { interfaceRewrite, pieces, runRewrite, type Piece } from './text-runs.ts';

// One page's edition as small stages, each tested alone: parse, walk, gather runs, rewrite and prove each piece, splice.
export * from './addresses.ts';
export { interfaceLookup, type InterfaceTable } from './interface-lookup.ts';

export interface EditionOptions {
  /** The built Simplified page's file, as an editor finds it (dist/part-2/index.html), and its Traditional twin's. */
  file: string;
  twinFile: string;
  base: string;
  site: string;
  proofreading: Proofreading;
  table: InterfaceTable;
  /** How often each correction matched, over every page so far. */
  uses: Map<Correction, number>;
}

export interface EditionPage {
  html: string;
  errors: ContentError[];
}

/** One piece of the page in the edition. */
function rewrite(piece: Piece, c: Conversion): Rewrite {
  if (piece.kind === 'run') return runRewrite(piece, c);
  if (piece.kind === 'interface') return interfaceRewrite(piece.node, piece.text);
  if (piece.kind === 'switch') return switchRewrite(piece.node, c);
  return elementRewrite(piece.node, piece.where, c);
}

/**
 * The Traditional twin of one built Simplified page: the same markup byte for byte, but lang="zh-Hant", every text
 * and worded attribute converted (the speech and the editors' prose by the converter and the corrections, the
 * interface's own strings from the hand-written table), and links to pages moved into the edition. Each converted
 * run must read back as the Simplified text exactly; no wrong form may appear.
 */
export function traditionalPage(html: string, options: EditionOptions): EditionPage {
  const { twinFile, base, site, proofreading, uses } = options;
  const c: Conversion = { twinFile, base, site, proofreading, uses, lookup: interfaceLookup(options.table) };
  const rewrites = pieces(pageEvents(parsePage(html)), c).map((piece) => rewrite(piece, c));
  return {
    html: applyEdits(
      html,
      rewrites.flatMap((r) => r.edits),
    ),
    errors: rewrites.flatMap((r) => r.errors),
  };
}
