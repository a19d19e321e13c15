import { editPart, parseSource } from '../../src/speech/source.ts';
import { numberOf, numeral } from '../../src/speech/text.ts';
// The seeded generator 自测 replays sessions with: every run builds the same corpus.
import { random } from '../../src/practice/session.ts';

/** The speech's files as the build reads them: the source text and the chapters by file name. */
export interface Corpus {
  source: string;
  chapters: Record<string, string>;
}

// Sentences that stand safely alone in MDX and in the chapter rules: they start with a Han character or an
// opening quote, hold no Markdown or JSX syntax, close their quotes, and do not read as an item ("一是").
const SAFE = /^[\p{Script=Han}“《][^<>{}*_`#&|~\\[\]]*[。！？]$/u;
const balanced = (s: string) => (s.match(/“/g) ?? []).length === (s.match(/”/g) ?? []).length;

/** Every sentence of the speech (full-width, as the chapters print it) that can start or stand in a generated paragraph. */
export function sentencesOf(source: string): string[] {
  const paragraphs = parseSource(source).parts.flatMap((part) => editPart(part).paragraphs);
  const sentences = paragraphs.flatMap((p) => p.match(/[^。！？]+[。！？]/g) ?? []);
  return sentences.filter(
    (s) => SAFE.test(s) && balanced(s) && !/^([一二三四五六七八九十]是|第[一二三四五六七八九十]，)/.test(s),
  );
}

/** One generated block: its text in the source, and the same text as the chapter sets it. */
interface Block {
  source: string;
  chapter: string;
}

/**
 * Sections 第(k+1)…第十 after a part's own k sections, each with items 一是…十是 and plain paragraphs after each item,
 * made of the speech's own sentences, until about `chars` characters are written.
 */
export function generateBlocks(sentences: string[], firstSection: number, chars: number, next: () => number): Block[] {
  const pick = () => sentences[Math.floor(next() * sentences.length)]!;
  const short = () => [pick(), pick(), pick()].sort((a, b) => a.length - b.length)[0]!;
  const paragraph = () => Array.from({ length: 2 + Math.floor(next() * 4) }, pick).join('');
  const items = (10 - firstSection + 1) * 10;
  const blocks: Block[] = [];
  let written = 0;
  for (let s = firstSection; s <= 10; s++) {
    const heading = `第${numeral(s)}，${short()}`;
    blocks.push({ source: heading, chapter: `## ${heading}` });
    written += heading.length;
    for (let i = 1; i <= 10; i++) {
      const lead = `${numeral(i)}是${short()}`;
      const rest = paragraph();
      blocks.push({ source: lead + rest, chapter: `**${lead}**${rest}` });
      written += lead.length + rest.length;
      // Each item fills up to its share of the running total, so the corpus ends near `chars` however long paragraphs run.
      const share = (chars * ((s - firstSection) * 10 + i)) / items;
      while (written < share) {
        const text = paragraph();
        blocks.push({ source: text, chapter: text });
        written += text.length;
      }
    }
  }
  return blocks;
}

const SECTION_HEADING = /^## 第([一二三四五六七八九十])，/gm;

const partOf = (chapter: string) => Number(/^part: (\d+)$/m.exec(chapter)?.[1]);
const isComplete = (chapter: string) => /^coverage: complete$/m.test(chapter);

/**
 * The speech `factor` times as long: every complete part with fewer than ten sections keeps its own text and gains
 * generated sections after it, in the chapter and in the source alike, so the fidelity check still holds.
 */
export function scaleCorpus(corpus: Corpus, factor: number, seed = 1): Corpus {
  if (factor <= 1) return corpus;
  const next = random(seed);
  const sentences = sentencesOf(corpus.source);
  const parts = parseSource(corpus.source).parts.map(editPart);
  const charsOf = (number: number) => parts.find((p) => p.number === number)?.paragraphs.join('').length ?? 0;
  const total = parts.reduce((n, p) => n + charsOf(p.number), 0);
  const growing = Object.entries(corpus.chapters).filter(
    ([, text]) => isComplete(text) && [...text.matchAll(SECTION_HEADING)].length < 10,
  );
  const grown = growing.reduce((n, [, text]) => n + charsOf(partOf(text)), 0);
  const lines = corpus.source.split('\n');
  const chapters = { ...corpus.chapters };
  for (const [file, text] of growing) {
    // Each growing part takes its share of the extra text in proportion to its own length.
    const chars = ((factor - 1) * total * charsOf(partOf(text))) / grown;
    const blocks = generateBlocks(sentences, [...text.matchAll(SECTION_HEADING)].length + 1, chars, next);
    chapters[file] = `${text.trimEnd()}\n\n${blocks.map((b) => b.chapter).join('\n\n')}\n`;
    lines.splice(partEnd(lines, partOf(text)), 0, ...blocks.flatMap((b) => [b.source, '']));
  }
  return { source: lines.join('\n'), chapters };
}

/** The line index just after part `number`'s text in the source: its next `## ` heading, or the end. */
export function partEnd(lines: string[], number: number): number {
  const start = lines.findIndex((line) => line.startsWith('## ') && numberOf(line[3] ?? '') === number);
  const next = lines.findIndex((line, i) => i > start && line.startsWith('## '));
  return next < 0 ? lines.length : next;
}
