import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Element, Nodes, Text } from 'hast';
import { toText } from 'hast-util-to-text';
import { visitParents } from 'unist-util-visit-parents';
import { ContentError, throwAll } from '../speech/errors.ts';
import { expectedSpeech, type ExpectedSpeech } from '../speech/expected.ts';
import { readSource } from '../speech/load.ts';
import { speechPaths, type SpeechPaths } from '../speech/paths.ts';
import { pageTree } from './page-tree.ts';
import { stopOnContentError } from './stop.ts';

/** What a built page shows as the speech, read from its HTML alone: never from the chapters or their syntax tree. */
export interface PageSpeech {
  /** The speech's characters on the page in order, each run with the HTML line it stands on. */
  runs: { text: string; line: number }[];
  /** Every numbered paragraph (id p1, p2…) in order, with its speech text. */
  paragraphs: { id: string; text: string; line: number }[];
  /** The source marks that notes show (data-source). */
  marks: { text: string; line: number }[];
}

/** Whether an element's content is the speech: inside [data-speech] and not inside an editorial addition since. */
function inSpeech(ancestors: Nodes[]): boolean {
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const node = ancestors[i]!;
    if (node.type !== 'element') continue;
    if ('dataEditorial' in node.properties) return false;
    if ('dataSpeech' in node.properties) return true;
  }
  return false;
}

const lineOf = (node: Element | Text) => node.position?.start.line ?? 0;

/** The speech on a page: text inside [data-speech], leaving out editorial additions ([data-editorial]) entirely. */
export function readPageSpeech(html: string): PageSpeech {
  const page: PageSpeech = { runs: [], paragraphs: [], marks: [] };
  const paragraphs = new Map<Nodes, { text: string }>();
  visitParents(pageTree(html), (node, ancestors) => {
    if (node.type === 'element') {
      if ('dataSource' in node.properties) page.marks.push({ text: toText(node), line: lineOf(node) });
      const id = String(node.properties.id ?? '');
      if (/^p\d+$/.test(id) && inSpeech([...ancestors, node])) {
        const paragraph = { id, text: '', line: lineOf(node) };
        paragraphs.set(node, paragraph);
        page.paragraphs.push(paragraph);
      }
    }
    // Line breaks between block elements are markup, not text.
    if (node.type !== 'text' || /^\s*\n\s*$/.test(node.value) || !inSpeech(ancestors)) return;
    page.runs.push({ text: node.value, line: lineOf(node) });
    const holder = ancestors.findLast((a) => paragraphs.has(a));
    if (holder) paragraphs.get(holder)!.text += node.value;
  });
  return page;
}

const quote = (text: string, at: number) => `“${text.slice(at, at + 12)}”`;

function firstDifference(a: string, b: string): number {
  let at = 0;
  while (at < a.length && a[at] === b[at]) at++;
  return at === a.length && at === b.length ? -1 : at;
}

/** The first paragraph whose id or text is not the source's; ids run exactly p{first}… with nothing left over. */
function paragraphProblem(file: string, page: PageSpeech, expected: PageExpectation): ContentError | undefined {
  const ids = expected.paragraphs.map((_, i) => `p${expected.first + i}`);
  const range = `the source makes ${ids.length} paragraph${ids.length === 1 ? '' : 's'} here, p${expected.first}…p${expected.first + ids.length - 1}`;
  const wrong = page.paragraphs.findIndex((p, i) => p.id !== ids[i] || p.text !== expected.paragraphs[i]);
  const paragraph = page.paragraphs[wrong];
  if (!paragraph)
    return page.paragraphs.length === ids.length
      ? undefined
      : new ContentError(file, page.paragraphs.at(-1)?.line, `${range}; the page has ${page.paragraphs.length}`);
  const source = expected.paragraphs[wrong] ?? '';
  const at = firstDifference(paragraph.text, source);
  const detail =
    paragraph.id !== ids[wrong]
      ? `paragraph ${wrong + 1} of the page has the id ${paragraph.id}, not ${ids[wrong]}`
      : `${paragraph.id} differs after “${source.slice(Math.max(0, at - 8), at)}”: it has ${quote(paragraph.text, at)} where the source has ${quote(source, at)}`;
  return new ContentError(file, paragraph.line, `${range}; ${detail}`);
}

/** What one page must show: its speech text in order, and its paragraphs numbered from `first`. */
export interface PageExpectation {
  text: string;
  paragraphs: string[];
  first: number;
}

/** Compares a page with the source: the same text, the same paragraphs with exactly the ids p{first}…, only source marks in notes. */
export function checkPage(file: string, page: PageSpeech, expected: PageExpectation, marks: string[]): ContentError[] {
  const errors: ContentError[] = [];
  const text = page.runs.map((r) => r.text).join('');
  const at = firstDifference(text, expected.text);
  if (at >= 0) {
    let end = 0;
    const run = page.runs.find((r) => (end += r.text.length) > at) ?? page.runs.at(-1);
    errors.push(
      new ContentError(
        file,
        run?.line,
        `the page's speech differs from the source after “${text.slice(Math.max(0, at - 8), at)}”: the page has ${quote(text, at)} where the source has ${quote(expected.text, at)}`,
      ),
    );
  }
  const paragraphs = paragraphProblem(file, page, expected);
  if (paragraphs) errors.push(paragraphs);
  for (const mark of page.marks.filter((m) => !marks.includes(m.text)))
    errors.push(new ContentError(file, mark.line, `a note shows “${mark.text}”, which is not a mark of the source`));
  return errors;
}

/** What /full/ and each part page must show, derived from the source alone. */
export function pageExpectations(speech: ExpectedSpeech): Map<string, PageExpectation> {
  const pages = new Map<string, PageExpectation>();
  const texts = (part: ExpectedSpeech['parts'][number]) => [part.heading ?? '', ...part.texts].join('');
  let first = 1;
  for (const part of speech.parts) {
    pages.set(`part-${part.number}/index.html`, { text: texts(part), paragraphs: part.paragraphs, first });
    first += part.paragraphs.length;
  }
  pages.set('full/index.html', {
    text: speech.title + speech.parts.map(texts).join(''),
    paragraphs: speech.parts.flatMap((p) => p.paragraphs),
    first: 1,
  });
  return pages;
}

/** Reads /full/ and every part page of a built site and compares each with the source. */
export function checkOutput(folder: string, speech: ExpectedSpeech): ContentError[] {
  return [...pageExpectations(speech)].flatMap(([path, expected]) => {
    const file = join(relative(process.cwd(), folder), path);
    if (!existsSync(join(folder, path))) return [new ContentError(file, undefined, 'the page is missing')];
    return checkPage(file, readPageSpeech(readFileSync(join(folder, path), 'utf8')), expected, speech.marks);
  });
}

/**
 * Astro integration: a second gate, on the output. After the build, the text of /full/ and of each part page, read
 * from the HTML, must be the source under the editorial rules, with paragraph ids exactly p1…pN. It catches what
 * any rule on the chapters missed, because it never looks at the chapters.
 */
export default function outputGate(paths: SpeechPaths): AstroIntegration {
  return {
    name: 'output-gate',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const speech = expectedSpeech(readSource(paths));
        stopOnContentError(() => throwAll(checkOutput(fileURLToPath(dir), speech)));
        const count = speech.parts.reduce((n, p) => n + p.paragraphs.length, 0);
        logger.info(`/full/ and ${speech.parts.length} part pages show the source's text, paragraphs p1…p${count}`);
      },
    },
  };
}

// `node src/integrations/output-gate.ts [folder]`: the same gate over a site built earlier (default dist/).
if (import.meta.main) {
  const folder = process.argv[2] ?? process.env.OUT_DIR ?? 'dist';
  const errors = checkOutput(folder, expectedSpeech(readSource(speechPaths)));
  for (const error of errors) console.error(error.message);
  if (errors.length) process.exitCode = 1;
  else console.log(`${folder}: /full/ and every part page show the source's text`);
}
