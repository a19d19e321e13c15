import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Root } from 'mdast';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { checkSequence, readBlocks } from './chapter.ts';
import { ContentError, hasUnseen, throwAll } from './errors.ts';
import { checkAgainstSource } from './fidelity.ts';
import { buildOutline, type Chapter, type Outline, type Paragraph, type Part } from './outline.ts';
import { chapterSchema } from './schema.ts';
import type { SpeechPaths } from './paths.ts';
import { readMetadata, type Metadata } from './metadata.ts';
import { readQuotations, type Topic } from './quotations.ts';
import { editPart, parseSource, type Source } from './source.ts';
import { quotedTerms, type Term } from './terms.ts';

/** The same Markdown dialect as the site's MDX pipeline, so blocks are read exactly as they are rendered. */
export const parser = unified().use(remarkParse).use(remarkMdx).use(remarkCjkFriendly);

/** The first invisible or look-alike character of a chapter: a word with U+200B in it looks like the source's and is not. */
function checkUnseen(file: string, text: string): void {
  text.split('\n').forEach((line, i) => {
    // Most lines hold none: test the line once, and look for the column only in a line that does.
    if (!hasUnseen(line)) return;
    const at = [...line].findIndex(hasUnseen);
    if (at >= 0)
      throw new ContentError(
        file,
        i + 1,
        `an invisible or look-alike character, ${[...line][at]}, stands at column ${at + 1} (after “${[...line].slice(Math.max(0, at - 8), at).join('')}”); delete it or type the ordinary character`,
      );
  });
}

/** Frontmatter as Astro reads it; a YAML error becomes the chapter's line, not the parser's (which is the end of a string left open). */
function readFrontmatter(file: string, text: string): ReturnType<typeof parseFrontmatter> {
  try {
    return parseFrontmatter(text, { frontmatter: 'empty-with-lines' });
  } catch (error) {
    const { reason, mark } = error as { reason?: string; mark?: { line: number } };
    if (!reason || !mark) throw error;
    const open = unclosedQuote(text.split('\n'));
    const problem = open ? 'a quotation mark opened here is never closed' : reason;
    throw new ContentError(file, open ?? mark.line + 1, `the frontmatter cannot be read: ${problem}`);
  }
}

/** The line (1-based) of the frontmatter where a quoted value opens and no later line closes it. */
export function unclosedQuote(lines: string[]): number | undefined {
  const end = lines.indexOf('---', 1);
  let open: { quote: string; line: number } | undefined;
  for (let i = 1; i < (end < 0 ? lines.length : end); i++) {
    let rest = lines[i]!;
    if (!open) {
      const value = /^\s*[\w-]+:\s*(["'])/.exec(rest);
      if (!value) continue;
      open = { quote: value[1]!, line: i + 1 };
      rest = rest.slice(value[0].length);
    }
    // In YAML a quote inside its own kind of string is escaped as \" or doubled as ''.
    const unescaped = open.quote === '"' ? rest.replace(/\\./g, '') : rest.replaceAll("''", '');
    if (unescaped.includes(open.quote)) open = undefined;
  }
  return open?.line;
}

/** The MDX parser's error as the chapter's line: an unclosed tag's message carries where the tag opens, not the point. */
function readMdx(file: string, content: string): Root {
  try {
    return parser.parse(content);
  } catch (error) {
    const { reason, line } = error as { reason?: string; line?: number };
    if (!reason) throw error;
    const opened = /\((\d+):\d+-\d+:\d+\)/.exec(reason)?.[1];
    throw new ContentError(file, Number(opened ?? line ?? 1), `the chapter cannot be read as MDX: ${reason}`);
  }
}

/** Reads one chapter file: frontmatter checked against the schema, blocks classified and numbered in sequence. */
export function readChapter(file: string, text: string): Chapter {
  checkUnseen(file, text);
  const { frontmatter, rawFrontmatter, content } = readFrontmatter(file, text);
  const parsed = chapterSchema.safeParse(frontmatter);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = String(issue.path[0] ?? '');
    const line = field ? rawFrontmatter.split('\n').findIndex((l) => l.startsWith(`${field}:`)) + 1 : 0;
    throw new ContentError(
      file,
      line > 0 ? line : 1,
      `frontmatter ${field ? `"${field}" ` : ''}is wrong: ${issue.message}`,
    );
  }
  const lineOf = (field: string) => rawFrontmatter.split('\n').findIndex((l) => l.startsWith(`${field}:`)) + 1 || 1;
  const blocks = readBlocks(readMdx(file, content), file);
  throwAll(checkSequence(blocks, file));
  return { file, ...parsed.data, partLine: lineOf('part'), titleLine: lineOf('title'), blocks };
}

/** The verbatim source, parsed into its title and parts. */
export function readSource(paths: SpeechPaths): Source {
  return parseSource(readFileSync(join(paths.root, paths.source), 'utf8'));
}

/** Reads and checks every chapter against the source; throws a ContentError naming each bad file and line. */
export function readOutline(paths: SpeechPaths): Outline {
  const source = readSource(paths);
  const folder = join(paths.root, paths.chapters);
  const chapters = readdirSync(folder)
    .filter((name) => name.endsWith('.mdx'))
    // In name order, whatever the file system's: the same chapter is named in an error on every run.
    .sort()
    .map((name) => join(folder, name))
    .map((path) => readChapter(relative(paths.root, path), readFileSync(path, 'utf8')));
  const outline = buildOutline(source.title, chapters);
  const errors = chapters.flatMap((chapter) => {
    const part = source.parts.find((p) => p.number === chapter.part);
    if (!part)
      return [
        new ContentError(
          chapter.file,
          chapter.partLine,
          `part ${chapter.part} is not in the source, which has parts ${source.parts.map((p) => p.number).join(', ')}`,
        ),
      ];
    return checkAgainstSource(chapter, editPart(part));
  });
  for (const part of source.parts) {
    if (!chapters.some((c) => c.part === part.number))
      errors.push(new ContentError(paths.chapters, undefined, `no chapter holds part ${part.number} of the source`));
  }
  throwAll(errors);
  return outline;
}

// One cache for the whole process: the config's remark plugin, the built pages and the integrations each get their
// own copy of this module, and reading and checking the speech once per build is enough.
const CACHE = Symbol.for('speech.outline-cache');
const shared = globalThis as unknown as Record<symbol, Map<string, Outline> | undefined>;
const caches = (shared[CACHE] ??= new Map<string, Outline>());

/** The outline of the whole speech, read from the chapters and checked against the source; re-read only when a file changes. */
export function loadOutline(paths: SpeechPaths): Outline {
  const folder = join(paths.root, paths.chapters);
  const files = [join(paths.root, paths.source), ...readdirSync(folder).map((name) => join(folder, name))];
  const key = files.map((f) => `${f}@${statSync(f).mtimeMs}`).join('|');
  let outline = caches.get(key);
  if (!outline) {
    outline = readOutline(paths);
    // Only the newest state of the files is kept (the dev server re-reads after every edit).
    caches.clear();
    caches.set(key, outline);
  }
  return outline;
}

/** A newspaper page break the editors rejoined: the text either side, and the paragraph that now holds it. */
export interface Rejoined {
  part: Part;
  paragraph: Paragraph;
  before: string;
  after: string;
}

/** Everything the pages show, derived once from the files: the outline, the plan quotations, the quoted terms, the editors' metadata. */
export interface Speech {
  outline: Outline;
  rejoined: Rejoined[];
  plan: Topic[];
  terms: Term[];
  metadata: Metadata;
}

function rejoinedBreaks(source: Source, outline: Outline): Rejoined[] {
  return outline.parts.flatMap((part) => {
    const printed = source.parts.find((p) => p.number === part.number);
    return (printed ? editPart(printed).rejoined : []).flatMap(({ before, after }) => {
      // The paragraph that holds the last character before the join (an item may begin right after it).
      const join =
        part.paragraphs
          .map((p) => p.text)
          .join('')
          .indexOf(before + after) +
        before.length -
        1;
      let end = 0;
      const paragraph = join < 0 ? undefined : part.paragraphs.find((p) => (end += p.text.length) > join);
      if (!paragraph)
        throw new ContentError(part.file, undefined, `the page break “${before}|${after}” is rejoined in no paragraph`);
      return [{ part, paragraph, before, after }];
    });
  });
}

const speeches = new WeakMap<Outline, { key: string; speech: Speech }>();

/** The whole speech as the site shows it; throws a ContentError naming the file and line of any problem. */
export function loadSpeech(paths: SpeechPaths): Speech {
  const outline = loadOutline(paths);
  // Every page asks (src/middleware.ts): derive it once per outline and state of the editors' files.
  const key = [paths.plan, paths.metadata].map((f) => `${f}@${statSync(join(paths.root, f)).mtimeMs}`).join('|');
  const cached = speeches.get(outline);
  if (cached?.key === key) return cached.speech;
  const speech = {
    outline,
    rejoined: rejoinedBreaks(readSource(paths), outline),
    plan: readQuotations(paths.plan, readFileSync(join(paths.root, paths.plan), 'utf8'), outline),
    terms: quotedTerms(outline),
    metadata: readMetadata(paths.metadata, readFileSync(join(paths.root, paths.metadata), 'utf8')),
  };
  speeches.set(outline, { key, speech });
  return speech;
}
