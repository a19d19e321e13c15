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
import { buildOutline, type Chapter, type Outline, type Paragraph, type Part } from './outline.ts';
import { chapterSchema } from './schema.ts';
import type { SpeechPaths } from './paths.ts';
import { readMetadata, type Metadata } from './metadata.ts';
import { readQuotations, type Topic } from './quotations.ts';
import { editPart, parseSource, type Source } from './source.ts';
import { quotedTerms, type Term } from './terms.ts';

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
export function readOutline(paths: SpeechPaths): Outline {
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
  if (cache?.key !== key) cache = { key, outline: readOutline(paths) };
  return cache.outline;
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

/** The whole speech as the site shows it; throws a ContentError naming the file and line of any problem. */
export function loadSpeech(paths: SpeechPaths): Speech {
  const outline = loadOutline(paths);
  return {
    outline,
    rejoined: rejoinedBreaks(readSource(paths), outline),
    plan: readQuotations(paths.plan, readFileSync(join(paths.root, paths.plan), 'utf8'), outline),
    terms: quotedTerms(outline),
    metadata: readMetadata(paths.metadata, readFileSync(join(paths.root, paths.metadata), 'utf8')),
  };
}
