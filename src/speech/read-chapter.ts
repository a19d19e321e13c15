import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Root } from 'mdast';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { checkSequence, readBlocks } from './chapter.ts';
import { ContentError, hasUnseen, throwAll } from './errors.ts';
import type { Chapter } from './outline.ts';
import { chapterSchema } from './schema.ts';

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

/**
 * The chapter's line of each top-level frontmatter field. Astro's raw frontmatter starts with the newline after the
 * opening `---`, so a line in it is the same line of the chapter file.
 */
export function fieldLines(rawFrontmatter: string): Map<string, number> {
  const lineCounter = new LineCounter();
  const { contents } = parseDocument(rawFrontmatter, { lineCounter });
  const lines = new Map<string, number>();
  if (!isMap(contents)) return lines;
  for (const { key } of contents.items)
    if (isScalar(key) && key.range) lines.set(String(key.value), lineCounter.linePos(key.range[0]).line);
  return lines;
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
  const lines = fieldLines(rawFrontmatter);
  const parsed = chapterSchema.safeParse(frontmatter);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = String(issue.path[0] ?? '');
    throw new ContentError(
      file,
      lines.get(field) ?? 1,
      `frontmatter ${field ? `"${field}" ` : ''}is wrong: ${issue.message}`,
    );
  }
  const blocks = readBlocks(readMdx(file, content), file);
  throwAll(checkSequence(blocks, file));
  return { file, ...parsed.data, partLine: lines.get('part') ?? 1, titleLine: lines.get('title') ?? 1, blocks };
}
