import { parse } from 'parse5';
import { ContentError } from '../speech/errors.ts';
import { convertRun, convertToSimplified, firstDifference, type Correction, type Proofreading } from './convert.ts';

/** The Traditional edition's folder below the site's base, and its language tag. */
export const HANT = 'zh-Hant';
export const HANT_PREFIX = `${HANT}/`;
/** The Simplified pages' language tag. */
export const SIMPLIFIED = 'zh-CN';

/** The interface's strings as pairs of Simplified and hand-written Traditional templates ({name} marks a value). */
export type InterfaceTable = [simplified: string, traditional: string][];

interface Location {
  startOffset: number;
  endOffset: number;
  startLine: number;
  attrs?: Record<string, { startOffset: number; endOffset: number }>;
}
type Node = {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  sourceCodeLocation?: Location | null;
};

// Elements whose text is one run for the converter: phrases are converted with the words around them, across <strong>.
const BLOCKS = new Set(
  'html head body title p h1 h2 h3 h4 h5 h6 li dt dd td th caption figcaption blockquote div section article aside nav header footer main summary label button details figure table ol ul dl form'.split(
    ' ',
  ),
);
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

const attr = (node: Node, name: string) => node.attrs?.find((a) => a.name === name)?.value;
const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (text: string) => escapeText(text).replace(/"/g, '&quot;');
const codePoints = (text: string) => [...text].length;

/** Where a page of one edition stands in the other: base + zh-Hant/ + path, or the path without the prefix. */
export function twinPath(path: string, base: string): string {
  if (!path.startsWith(base)) return path;
  const rest = path.slice(base.length);
  return rest.startsWith(HANT_PREFIX) ? base + rest.slice(HANT_PREFIX.length) : base + HANT_PREFIX + rest;
}

/** The one file the edition has a twin of (zh-Hant/speech.txt): a link to it leads to the twin. */
export const TEXT_TWIN = 'speech.txt';

/**
 * The Traditional edition's address for a link on a Simplified page: a page of the site (a path ending in /, with
 * its fragment and query) moves into the edition, a query's words converted, and so does the plain text, which has
 * a twin; other files (scripts, styles, data) and other origins stay where they are.
 */
export function editionHref(href: string, base: string, site: string, convert: (text: string) => string): string {
  const origin = site ? new URL(site).origin : '';
  const absolute = origin && href.startsWith(origin + base);
  const path = absolute ? href.slice(origin.length) : href;
  if (!path.startsWith(base)) return href;
  const url = new URL(path, 'http://x');
  const rest = url.pathname.slice(base.length);
  const file = /\.[a-z0-9]+$/i.test(rest) && rest !== TEXT_TWIN;
  if (rest.startsWith(HANT_PREFIX) || file || /^(_astro|pagefind|phrase-data)\//.test(rest)) return href;
  let query = url.search;
  if (query) {
    const params = new URLSearchParams(query);
    for (const [key, value] of [...params]) params.set(key, convert(value));
    query = `?${params}`;
  }
  return `${absolute ? origin : ''}${base}${HANT_PREFIX}${rest}${query}${url.hash}`;
}

/** A template as a pattern: its text exactly, with each {name} any text. */
function templatePattern(template: string): { pattern: RegExp; names: string[] } {
  const names: string[] = [];
  const source = template
    .split(/(\{\w+\})/)
    .map((piece) => {
      const name = /^\{(\w+)\}$/.exec(piece)?.[1];
      if (name) {
        names.push(name);
        return '(.+?)';
      }
      return piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return { pattern: new RegExp(`^${source}$`, 's'), names };
}

/** Looks up a whole string of the interface: its hand-written Traditional form, its values converted. */
export function interfaceLookup(table: InterfaceTable) {
  const exact = new Map<string, string>();
  const templates: { pattern: RegExp; names: string[]; traditional: string }[] = [];
  for (const [simplified, traditional] of table) {
    if (!/\{\w+\}/.test(simplified)) exact.set(simplified, traditional);
    // A template of values and punctuation alone ({label}{span}。) would match any sentence: such text is converted.
    else if (HAN.test(simplified.replace(/\{\w+\}/g, '')))
      templates.push({ ...templatePattern(simplified), traditional });
  }
  return (text: string, convertValue: (value: string) => string): string | undefined => {
    const trimmed = text.trim();
    if (!trimmed) return undefined;
    const found = exact.get(trimmed);
    const pad = (inner: string) =>
      text.slice(0, text.indexOf(trimmed)) + inner + text.slice(text.indexOf(trimmed) + trimmed.length);
    if (found !== undefined) return pad(found);
    for (const { pattern, names, traditional } of templates) {
      const match = pattern.exec(trimmed);
      if (!match) continue;
      const values = Object.fromEntries(names.map((name, i) => [name, convertValue(match[i + 1]!)]));
      return pad(traditional.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? ''));
    }
    return undefined;
  };
}

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

/**
 * The Traditional twin of one built Simplified page: the same markup byte for byte, but lang="zh-Hant", every text
 * and worded attribute converted (the speech and the editors' prose by the converter and the corrections, the
 * interface's own strings from the hand-written table), and links to pages moved into the edition. Each converted
 * run must read back as the Simplified text exactly; no wrong form may appear.
 */
export function traditionalPage(html: string, options: EditionOptions): EditionPage {
  const { twinFile, base, site, proofreading, uses } = options;
  const lookup = interfaceLookup(options.table);
  const errors: ContentError[] = [];
  const splices: { start: number; end: number; text: string }[] = [];
  const plain = (text: string) => convertRun(text, proofreading, uses).text;

  /** Checks one converted run: the way back is exact, and no wrong form stands in it. */
  const prove = (source: string, converted: string, applied: Correction[], line: number, where: string) => {
    const back = convertToSimplified(converted);
    const at = firstDifference(back, source);
    if (at >= 0) {
      const chars = [...converted];
      const detail = `the round trip differs${where} at character ${at + 1}: ${chars[at] ?? '(end)'} reads back as ${[...back][at] ?? '(end)'} where the Simplified page has ${[...source][at] ?? '(end)'} (“${chars.slice(Math.max(0, at - 6), at + 6).join('')}”)`;
      const culprit = applied.find((c) => converted.includes(c.to));
      errors.push(
        culprit
          ? new ContentError(
              proofreading.file,
              culprit.line,
              `the correction ${culprit.from} → ${culprit.to} breaks the round trip on ${twinFile}: ${detail}`,
            )
          : new ContentError(twinFile, line, detail),
      );
    }
    for (const wrong of proofreading.wrong)
      if (converted.includes(wrong.form))
        errors.push(
          new ContentError(
            twinFile,
            line,
            `a known wrong form, ${wrong.form}, stands${where} (${proofreading.file}:${wrong.line}: ${wrong.why}): “${converted}”`,
          ),
        );
  };

  // Text runs waiting for the converter: consecutive text nodes of the same block.
  let run: { nodes: Node[]; block: Node | undefined; where: string } = { nodes: [], block: undefined, where: '' };
  const flush = () => {
    const { nodes, where } = run;
    run = { nodes: [], block: undefined, where: '' };
    if (!nodes.length) return;
    const source = nodes.map((n) => n.value ?? '').join('');
    if (!HAN.test(source)) return;
    const { text, applied } = convertRun(source, proofreading, uses);
    const line = nodes[0]!.sourceCodeLocation?.startLine ?? 0;
    prove(source, text, applied, line, where);
    // The converter keeps every character's place, so the run's text goes back into its nodes by length.
    const sameLength = codePoints(text) === codePoints(source);
    const chars = [...text];
    let at = 0;
    for (const node of nodes) {
      const value = node.value ?? '';
      const n = codePoints(value);
      const converted = sameLength ? chars.slice(at, at + n).join('') : plain(value);
      at += n;
      if (converted !== value && node.sourceCodeLocation)
        splices.push({
          start: node.sourceCodeLocation.startOffset,
          end: node.sourceCodeLocation.endOffset,
          text: escapeText(converted),
        });
    }
  };

  const setAttr = (node: Node, name: string, value: string) => {
    const location = node.sourceCodeLocation?.attrs?.[name];
    if (location)
      splices.push({ start: location.startOffset, end: location.endOffset, text: `${name}="${escapeAttr(value)}"` });
  };

  const visit = (node: Node, state: { speech: boolean; block: Node | undefined; where: string }) => {
    if (node.nodeName === '#text') {
      const value = node.value ?? '';
      // The interface's own strings (outside the speech's words) come from the hand-written table.
      const ui = state.speech ? undefined : lookup(value, plain);
      if (ui !== undefined) {
        flush();
        if (ui !== value && node.sourceCodeLocation)
          splices.push({
            start: node.sourceCodeLocation.startOffset,
            end: node.sourceCodeLocation.endOffset,
            text: escapeText(ui),
          });
        return;
      }
      if (run.block !== state.block) flush();
      run.block = state.block;
      run.where = state.where;
      run.nodes.push(node);
      return;
    }
    if (!node.tagName) {
      for (const child of node.childNodes ?? []) visit(child, state);
      return;
    }
    const tag = node.tagName;
    // The edition switch leads back: 简, to the Simplified twin of this page.
    if (attr(node, 'data-edition-switch') !== undefined) {
      flush();
      setAttr(node, 'href', twinPath(attr(node, 'href') ?? base, base));
      setAttr(node, 'hreflang', SIMPLIFIED);
      setAttr(node, 'lang', SIMPLIFIED);
      setAttr(node, 'aria-label', '简体中文');
      const label = node.childNodes?.find((child) => child.nodeName === '#text')?.sourceCodeLocation;
      if (label) splices.push({ start: label.startOffset, end: label.endOffset, text: '简' });
      return;
    }
    // Scripts and styles are not text; an element in another language keeps its own.
    if (tag === 'script' || tag === 'style' || tag === 'template' || (attr(node, 'lang') && tag !== 'html')) {
      flush();
      return;
    }
    if (tag === 'html') {
      setAttr(node, 'lang', HANT);
      // Where the pre-paint script (src/preferences/preferences.ts) sends a reader who chose the other edition: here, the Simplified page.
      const twin = attr(node, 'data-twin');
      if (twin) setAttr(node, 'data-twin', twinPath(twin, base));
    }
    const id = attr(node, 'id');
    const speech =
      (state.speech || attr(node, 'data-speech') !== undefined) && attr(node, 'data-editorial') === undefined;
    const where = id && /^(p\d+|\d[\w-]*|part-\d+)$/.test(id) ? ` in #${id}` : state.where;
    for (const { name, value } of node.attrs ?? []) {
      if (name === 'href' && !attr(node, 'hreflang')) {
        const moved = editionHref(value, base, site, plain);
        if (moved !== value) setAttr(node, name, moved);
      } else if (name === 'content' && attr(node, 'property') === 'og:url') {
        setAttr(node, name, editionHref(value, base, site, plain));
      } else if (name === 'content' && attr(node, 'property') === 'og:locale') {
        setAttr(node, name, 'zh_TW');
      } else if (WORDED.has(name) && HAN.test(value)) {
        const ui = lookup(value, plain);
        const converted = ui ?? convertRun(value, proofreading, uses);
        let text = typeof converted === 'string' ? converted : converted.text;
        if (typeof converted !== 'string')
          prove(value, text, converted.applied, node.sourceCodeLocation?.startLine ?? 0, `${where} (${name})`);
        // 摘抄本's entries lead back to the paragraph's page in this edition.
        if (name === 'data-paragraphs') {
          const table = JSON.parse(text) as Record<string, { path: string }>;
          for (const info of Object.values(table)) info.path = editionHref(info.path, base, site, plain);
          text = JSON.stringify(table);
        }
        if (text !== value) setAttr(node, name, text);
      }
    }
    const block = BLOCKS.has(tag) ? node : state.block;
    if (block !== state.block) flush();
    for (const child of node.childNodes ?? []) visit(child, { speech, block, where });
    if (block !== state.block) flush();
  };
  const page: Node = parse(html, { sourceCodeLocationInfo: true });
  visit(page, {
    speech: false,
    block: undefined,
    where: '',
  });
  flush();

  splices.sort((a, b) => a.start - b.start);
  const pieces: string[] = [];
  let at = 0;
  for (const { start, end, text } of splices) {
    pieces.push(html.slice(at, start), text);
    at = end;
  }
  pieces.push(html.slice(at));
  return { html: pieces.join(''), errors };
}
