import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { zhCN } from '../i18n/zh-CN.ts';
import { zhHant } from '../i18n/zh-Hant.ts';
import { writingPageText } from '../i18n/writing-page.ts';
import { writingPageTextHant } from '../i18n/writing-page-hant.ts';
import { ContentError, throwAll } from '../speech/errors.ts';
import { loadOutline } from '../speech/load.ts';
import { PAGES } from '../data/route.ts';
import type { SpeechPaths } from '../speech/paths.ts';
import {
  saveConversionCache,
  convertRun,
  convertToSimplified,
  firstDifference,
  readProofreading,
  type Correction,
  type Proofreading,
} from '../traditional/convert.ts';
import { HANT_PREFIX, TEXT_TWIN, traditionalPage, twinPath, type InterfaceTable } from '../traditional/edition.ts';
import { editionSearch } from '../traditional/search-data.ts';
import { PHRASE_DATA, phraseFile } from '../search/phrase-files.ts';
import { FOLD_FILE } from '../search/fold.ts';
import { prepare } from '../search/phrase.ts';
import { searchTargets } from '../search/targets.ts';
import { readPageSpeech } from './output-gate.ts';
import { siteBase } from './base.ts';
import { stopOnContentError } from './stop.ts';

/** The interface's Simplified strings beside their hand-written Traditional forms, key by key. */
export const interfaceTable = (): InterfaceTable => [
  ...(Object.keys(zhCN) as (keyof typeof zhCN)[]).map((key): [string, string] => [zhCN[key], zhHant[key]]),
  ...(Object.keys(writingPageText) as (keyof typeof writingPageText)[]).map((key): [string, string] => [
    writingPageText[key],
    writingPageTextHant[key],
  ]),
];

/** The speech's blocks as the pages show them (each heading and paragraph one run): what the corrections must match. */
function speechRuns(paths: SpeechPaths): string[] {
  const outline = loadOutline(paths);
  return [
    outline.title,
    ...outline.parts.flatMap((part) => [
      part.title ?? '',
      ...part.blocks.flatMap((block) =>
        block.kind === 'section' ? [block.section.label] : block.kind === 'note' ? [] : [block.paragraph.text],
      ),
    ]),
  ];
}

/** Every correction that matches nothing in `uses`, as a problem at its line. */
export const unmatched = (proofreading: Proofreading, uses: Map<Correction, number>, what: string) =>
  proofreading.corrections
    .filter((c) => !uses.get(c))
    .map(
      (c) =>
        new ContentError(
          proofreading.file,
          c.line,
          `the correction ${c.from} → ${c.to} matches nothing in ${what}: the converter no longer writes ${c.from}; remove the correction`,
        ),
    );

/** Reads the editors' corrections and checks them against the speech: a wrong or idle correction stops the build first. */
export function checkProofreading(paths: SpeechPaths & { traditional: string }): Proofreading {
  const file = paths.traditional;
  const proofreading = readProofreading(file, readFileSync(join(paths.root, file), 'utf8'));
  const uses = new Map<Correction, number>();
  for (const run of speechRuns(paths)) convertRun(run, proofreading, uses);
  throwAll(unmatched(proofreading, uses, 'the converted speech'));
  return proofreading;
}

/** The page-level proof: each paragraph of the Traditional page reads back as the Simplified page's, character for character. */
export function checkTwin(file: string, simplified: string, traditional: string): ContentError[] {
  const source = readPageSpeech(simplified);
  const twin = readPageSpeech(traditional);
  const errors: ContentError[] = [];
  if (twin.paragraphs.map((p) => p.id).join() !== source.paragraphs.map((p) => p.id).join())
    errors.push(new ContentError(file, undefined, 'the paragraphs are not those of the Simplified page'));
  twin.paragraphs.forEach((paragraph, i) => {
    const expected = source.paragraphs[i]?.text ?? '';
    const back = convertToSimplified(paragraph.text);
    const at = firstDifference(back, expected);
    if (at >= 0)
      errors.push(
        new ContentError(
          file,
          paragraph.line,
          `#${paragraph.id} does not read back as the Simplified page: character ${at + 1} is ${[...paragraph.text][at] ?? '(end)'}, which reads back as ${[...back][at] ?? '(end)'} where the Simplified page has ${[...expected][at] ?? '(end)'}`,
        ),
      );
  });
  const text = (page: typeof source) => page.runs.map((r) => r.text).join('');
  const at = firstDifference(convertToSimplified(text(twin)), text(source));
  if (at >= 0 && !errors.length)
    errors.push(
      new ContentError(
        file,
        undefined,
        `the speech's text does not read back as the Simplified page's at character ${at + 1}`,
      ),
    );
  return errors;
}

/** The plain text's twin (zh-Hant/speech.txt): each block converted and proofread, and read back exactly. */
function writeTextTwin(folder: string, out: string, proof: Proofreading, uses: Map<Correction, number>) {
  const simplified = readFileSync(join(folder, TEXT_TWIN), 'utf8');
  const twin = simplified
    .split('\n\n')
    .map((block) => convertRun(block, proof, uses).text)
    .join('\n\n');
  writeFileSync(join(folder, HANT_PREFIX, TEXT_TWIN), twin);
  const at = firstDifference(convertToSimplified(twin), simplified);
  if (at < 0) return [];
  return [new ContentError(join(out, HANT_PREFIX, TEXT_TWIN), undefined, `does not read back at character ${at + 1}`)];
}

/**
 * The Traditional edition's search data beside the phrase data: each target's file with the text it shows
 * (phrase-data/zh-Hant/t/N.json) and the fold table (phrase-data/fold.json). Returns the table's size.
 */
function writeSearchData(folder: string, paths: SpeechPaths, base: string, proof: Proofreading): number {
  const targets = searchTargets(loadOutline(paths), (slug) => `${base}${slug}/`);
  const { starts } = prepare(targets);
  const search = stopOnContentError(() =>
    editionSearch(
      targets,
      (text) => convertRun(text, proof, new Map()).text,
      (page) => twinPath(page, base),
    ),
  );
  const data = join(folder, PHRASE_DATA);
  search.targets.forEach((target, i) => {
    const file = join(data, HANT_PREFIX, phraseFile.target(i));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify({ start: starts[i], target }));
  });
  writeFileSync(join(data, FOLD_FILE), JSON.stringify(search.fold));
  return [...search.fold].length / 2;
}

/**
 * The Traditional edition's pages as full URLs, for the sitemap (written before the edition exists): the twin of
 * each of the site's pages in the sitemap (route data's PAGES, but 404) and of each part's page.
 */
export function traditionalPages(site: string, base: string, paths: SpeechPaths): string[] {
  const root = base.endsWith('/') ? base : `${base}/`;
  const own = Object.values(PAGES)
    .map((page) => page.path)
    .filter((path) => path !== PAGES.notFound.path);
  // Called while Astro loads the config, where a thrown content error would print after Astro's own "Unable to load
  // your Astro config": a chapter that cannot be read is left to the content check, which names it `file:line` first.
  let parts: string[] = [];
  try {
    parts = loadOutline(paths).parts.map((part) => `${part.slug}/`);
  } catch {}
  return [...own, ...parts].map((path) => new URL(`${root}${HANT_PREFIX}${path}`, site).href);
}

/** The built Simplified pages (below the output folder), not the edition's own nor Pagefind's. */
export const simplifiedPages = (folder: string) =>
  readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !f.startsWith(HANT_PREFIX) && !f.startsWith('pagefind/'))
    .sort();

/**
 * Astro integration: the Traditional edition. Before the build the editors' corrections are read and checked; after
 * it every built page gets its twin under zh-Hant/, converted, proofread and proved (see traditionalPage).
 */
export default function traditional(paths: SpeechPaths & { traditional: string }): AstroIntegration {
  let base = '/';
  let site = '';
  let proofreading: Proofreading | undefined;
  return {
    name: 'traditional',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'build') proofreading = stopOnContentError(() => checkProofreading(paths));
      },
      'astro:config:done': ({ config }) => {
        base = siteBase(config);
        site = config.site ?? '';
      },
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const folder = fileURLToPath(dir);
        const proof = proofreading ?? stopOnContentError(() => checkProofreading(paths));
        const out = relative(process.cwd(), folder);
        const uses = new Map<Correction, number>();
        const table = interfaceTable();
        const errors: ContentError[] = [];
        const files = simplifiedPages(folder);
        for (const name of files) {
          const html = readFileSync(join(folder, name), 'utf8');
          const twinFile = join(out, HANT_PREFIX, name);
          const page = traditionalPage(html, {
            file: join(out, name),
            twinFile,
            base,
            site,
            proofreading: proof,
            table,
            uses,
          });
          errors.push(...page.errors, ...checkTwin(twinFile, html, page.html));
          mkdirSync(dirname(join(folder, HANT_PREFIX, name)), { recursive: true });
          writeFileSync(join(folder, HANT_PREFIX, name), page.html);
        }
        errors.push(...writeTextTwin(folder, out, proof, uses));
        errors.push(...unmatched(proof, uses, 'any page'));
        stopOnContentError(() => throwAll(errors));
        const fold = writeSearchData(folder, paths, base, proof);
        saveConversionCache();
        const made = proof.corrections.map((c) => uses.get(c) ?? 0).reduce((a, b) => a + b, 0);
        logger.info(
          `${files.length} pages in Traditional characters under /${HANT_PREFIX}, ${made} corrections applied, every page read back exactly, search data with a fold table of ${fold} characters, in ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
