import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ContentError, throwAll } from './errors.ts';
import { checkAgainstSource } from './fidelity.ts';
import { buildOutline, type Chapter, type Outline, type Paragraph, type Part } from './outline.ts';
import type { SpeechPaths } from './paths.ts';
import { readChapter } from './read-chapter.ts';
import { readMetadata, type Metadata } from './metadata.ts';
import { readQuotations, type Topic } from './quotations.ts';
import { editPart, parseSource, type Source } from './source.ts';
import { quotedTerms, type Term } from './terms.ts';

/** A file as read: its path relative to the project (as error messages name it) and its text. */
export interface TextFile {
  file: string;
  text: string;
}

/** Every file the speech is made from, already read: the verbatim source, the chapters in name order, the editors' YAML. */
export interface SpeechFiles {
  source: string;
  /** In name order, whatever the file system's: the same chapter is named in an error on every run. */
  chapters: TextFile[];
  plan: TextFile;
  metadata: TextFile;
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

const chapterFiles = (paths: SpeechPaths) =>
  readdirSync(join(paths.root, paths.chapters))
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => join(paths.chapters, name));

const read = (paths: SpeechPaths, file: string): TextFile => ({
  file,
  text: readFileSync(join(paths.root, file), 'utf8'),
});

/** The verbatim source, parsed into its title and parts. */
export function readSource(paths: SpeechPaths): Source {
  return parseSource(read(paths, paths.source).text);
}

/** The outline of the chapters, each checked against the source; throws a ContentError naming each bad file and line. */
export function outlineOf(source: Source, chapters: Chapter[], chaptersFolder: string): Outline {
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
      errors.push(new ContentError(chaptersFolder, undefined, `no chapter holds part ${part.number} of the source`));
  }
  throwAll(errors);
  return outline;
}

/** Reads and checks every chapter against the source (the plan and metadata left out). */
export function readOutline(paths: SpeechPaths): Outline {
  const chapters = chapterFiles(paths).map((file) => read(paths, file));
  return outlineOf(
    readSource(paths),
    chapters.map(({ file, text }) => readChapter(file, text)),
    paths.chapters,
  );
}

/** The paragraph that holds each rejoined page break, from the offset editPart gives in the part's running text. */
function rejoinedBreaks(source: Source, outline: Outline): Rejoined[] {
  return outline.parts.flatMap((part) => {
    const printed = source.parts.find((p) => p.number === part.number);
    // The running text is the part's speech blocks in order: section headings and paragraphs.
    const blocks = part.blocks.flatMap((b) =>
      b.kind === 'note' ? [] : [{ text: b.kind === 'section' ? b.section.label : b.paragraph.text, block: b }],
    );
    return (printed ? editPart(printed).rejoined : []).map(({ before, after, at }): Rejoined => {
      // The block that holds the last character before the join (an item may begin right after it).
      let end = 0;
      const block = blocks.find((b) => (end += b.text.length) >= at)?.block;
      if (!block || block.kind === 'section')
        throw new ContentError(part.file, undefined, `the page break “${before}|${after}” is rejoined in no paragraph`);
      return { part, paragraph: block.paragraph, before, after };
    });
  });
}

/** The whole speech as the site shows it, from its files already read; throws a ContentError naming the file and line of any problem. */
export function assembleSpeech(files: SpeechFiles, chaptersFolder: string): Speech {
  const source = parseSource(files.source);
  const outline = outlineOf(
    source,
    files.chapters.map(({ file, text }) => readChapter(file, text)),
    chaptersFolder,
  );
  return {
    outline,
    rejoined: rejoinedBreaks(source, outline),
    plan: readQuotations(files.plan.file, files.plan.text, outline),
    terms: quotedTerms(outline),
    metadata: readMetadata(files.metadata.file, files.metadata.text),
  };
}

/** The state of every input file: a change to any of them (the dev server re-reads after each edit) changes it. */
function stateOf(paths: SpeechPaths): string {
  const files = [
    paths.source,
    ...readdirSync(join(paths.root, paths.chapters)).map((name) => join(paths.chapters, name)),
  ];
  return [...files, paths.plan, paths.metadata].map((f) => `${f}@${statSync(join(paths.root, f)).mtimeMs}`).join('|');
}

// One memo for the whole process, on globalThis: the config's plugins, the built pages and the integrations each get
// their own copy of this module, and reading and checking the speech once per state of its files is enough.
const MEMO = Symbol.for('speech.memo');
const memo = globalThis as typeof globalThis & { [MEMO]?: { key: string; speech: Speech } };

/** The whole speech, read and checked when a file changed since the last call (once per build); throws a ContentError. */
export function loadSpeech(paths: SpeechPaths): Speech {
  const key = `${paths.root}:${stateOf(paths)}`;
  const known = memo[MEMO];
  if (known?.key === key) return known.speech;
  const speech = assembleSpeech(
    {
      source: read(paths, paths.source).text,
      chapters: chapterFiles(paths).map((file) => read(paths, file)),
      plan: read(paths, paths.plan),
      metadata: read(paths, paths.metadata),
    },
    paths.chapters,
  );
  memo[MEMO] = { key, speech };
  return speech;
}

/** The outline of the whole speech (see loadSpeech). */
export const loadOutline = (paths: SpeechPaths): Outline => loadSpeech(paths).outline;
