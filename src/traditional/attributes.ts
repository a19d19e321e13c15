import { convertRun } from './convert.ts';
import { editionHref, HANT, SIMPLIFIED, twinPath } from './addresses.ts';
import { attr, attrEdit, textEdit, type Edit, type Node } from './page-tree.ts';
import { plain, prove, type Conversion, type Rewrite } from './round-trip.ts';

// Stage 4, an element's attributes: links lead into the edition and worded attributes are read, so both are converted.

// Attributes whose words a reader meets (read aloud, shown as a tooltip, or shown by others: descriptions, titles),
// and the editors' bibliographic facts the citation tools copy (data-reference, JSON: only its Han characters change).
// 摘抄本 carries the speech's title (data-facts) and every paragraph's words and page (data-paragraphs), JSON too.
const WORDED = new Set([
  'aria-label',
  'title',
  'alt',
  'placeholder',
  'content',
  'data-reference',
  'data-facts',
  'data-paragraphs',
]);
const HAN = /\p{Script=Han}/u;

/** The edition switch leads back: 简, to the Simplified twin of this page. */
export function switchRewrite(node: Node, c: Conversion): Rewrite {
  const label = node.childNodes?.find((child) => child.nodeName === '#text');
  const edits = [
    ...attrEdit(node, 'href', twinPath(attr(node, 'href') ?? c.base, c.base)),
    ...attrEdit(node, 'hreflang', SIMPLIFIED),
    ...attrEdit(node, 'lang', SIMPLIFIED),
    ...attrEdit(node, 'aria-label', '简体中文'),
    ...(label ? textEdit(label, '简') : []),
  ];
  return { edits, errors: [] };
}

/** The page's language, and where the pre-paint script sends a reader who chose the other edition: the Simplified page. */
function documentEdits(node: Node, c: Conversion): Edit[] {
  if (node.tagName !== 'html') return [];
  const twin = attr(node, 'data-twin');
  return [...attrEdit(node, 'lang', HANT), ...(twin ? attrEdit(node, 'data-twin', twinPath(twin, c.base)) : [])];
}

/** A worded attribute's words: an interface string from the table, other words converted and proved. */
function wordedRewrite(node: Node, name: string, value: string, where: string, c: Conversion): Rewrite {
  const ui = c.lookup(value, (text) => plain(c, text));
  const converted = ui ?? convertRun(value, c.proofreading, c.uses);
  let text = typeof converted === 'string' ? converted : converted.text;
  const line = node.sourceCodeLocation?.startLine ?? 0;
  const errors =
    typeof converted === 'string'
      ? []
      : prove(c, { source: value, converted: text, applied: converted.applied }, line, `${where} (${name})`);
  // 摘抄本's entries lead back to the paragraph's page in this edition.
  if (name === 'data-paragraphs') {
    const table = JSON.parse(text) as Record<string, { path: string }>;
    for (const info of Object.values(table)) info.path = editionHref(info.path, c.base, c.site, (t) => plain(c, t));
    text = JSON.stringify(table);
  }
  return { edits: text !== value ? attrEdit(node, name, text) : [], errors };
}

/** One attribute in the edition: links moved into it, og:url and og:locale its own, worded attributes converted. */
function attributeRewrite(node: Node, name: string, value: string, where: string, c: Conversion): Rewrite {
  const none: Rewrite = { edits: [], errors: [] };
  const move = (href: string) => editionHref(href, c.base, c.site, (t) => plain(c, t));
  if (name === 'href' && !attr(node, 'hreflang')) {
    const moved = move(value);
    return moved !== value ? { edits: attrEdit(node, name, moved), errors: [] } : none;
  }
  const property = name === 'content' ? attr(node, 'property') : undefined;
  if (property === 'og:url') return { edits: attrEdit(node, name, move(value)), errors: [] };
  if (property === 'og:locale') return { edits: attrEdit(node, name, 'zh_TW'), errors: [] };
  return WORDED.has(name) && HAN.test(value) ? wordedRewrite(node, name, value, where, c) : none;
}

/** An element's attributes in the edition (the speech's paragraph or part an error names is `where`). */
export function elementRewrite(node: Node, where: string, c: Conversion): Rewrite {
  const rewrites = (node.attrs ?? []).map(({ name, value }) => attributeRewrite(node, name, value, where, c));
  return {
    edits: [...documentEdits(node, c), ...rewrites.flatMap((r) => r.edits)],
    errors: rewrites.flatMap((r) => r.errors),
  };
}
