import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { checkSequence, readBlocks } from './chapter.ts';
import { ContentError, throwAll } from './errors.ts';
import { checkAgainstSource } from './fidelity.ts';
import { buildOutline, type Chapter, type Outline } from './outline.ts';
import { chapterSchema } from './schema.ts';
import { editPart, parseSource, type Source } from './source.ts';

export interface SpeechPaths {
  /** The project root: file names in messages are relative to it. */
  root: string;
  /** The verbatim source, relative to the root. */
  source: string;
  /** The folder of MDX chapters, relative to the root. */
  chapters: string;
}

/** The same Markdown dialect as the site's MDX pipeline, so blocks are read exactly as they are rendered. */
export const parser = unified().use(remarkParse).use(remarkMdx).use(remarkCjkFriendly);

/** Reads one chapter file: frontmatter checked against the schema, blocks classified and numbered in sequence. */
export function readChapter(file: string, text: string): Chapter {
  const { frontmatter, rawFrontmatter, content } = parseFrontmatter(text, { frontmatter: 'empty-with-lines' });
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
  const titleLine = rawFrontmatter.split('\n').findIndex((l) => l.startsWith('title:')) + 1;
  const blocks = readBlocks(parser.parse(content), file);
  throwAll(checkSequence(blocks, file));
  return { file, ...parsed.data, titleLine: titleLine || 1, blocks };
}

/** The verbatim source, parsed into its title and parts. */
export function readSource(paths: SpeechPaths): Source {
  return parseSource(readFileSync(join(paths.root, paths.source), 'utf8'));
}

/** Reads and checks every chapter against the source; throws a ContentError naming each bad file and line. */
export function readSpeech(paths: SpeechPaths): Outline {
  const source = readSource(paths);
  const folder = join(paths.root, paths.chapters);
  const chapters = readdirSync(folder)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => join(folder, name))
    .map((path) => readChapter(relative(paths.root, path), readFileSync(path, 'utf8')));
  const outline = buildOutline(source.title, chapters);
  const errors = chapters.flatMap((chapter) => {
    const part = source.parts.find((p) => p.number === chapter.part);
    if (!part)
      return [
        new ContentError(
          chapter.file,
          2,
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

let cache: { key: string; outline: Outline } | undefined;

/** The outline of the whole speech, read from the chapters and checked against the source; re-read only when a file changes. */
export function loadOutline(paths: SpeechPaths): Outline {
  const folder = join(paths.root, paths.chapters);
  const files = [join(paths.root, paths.source), ...readdirSync(folder).map((name) => join(folder, name))];
  const key = files.map((f) => `${f}@${statSync(f).mtimeMs}`).join('|');
  if (cache?.key !== key) cache = { key, outline: readSpeech(paths) };
  return cache.outline;
}
