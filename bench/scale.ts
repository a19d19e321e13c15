// `npm run bench:scale`: builds the speech ×1, ×10 and ×100 (SCALE_FACTORS) in temporary copies of the project
// and reports how build time, index size and the first query grow. Runs per size: SCALE_RUNS (default 3).
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { envCount, formatBytes as b, formatMs as ms, formatTable } from './lib.ts';
import { launch, serve } from './measure/browser.ts';
import { measureBuild, type BuildFigures } from './measure/build-medians.ts';
import { PHASES } from './measure/timed-build.ts';
import { commit, machine } from './measure/machine.ts';
import { weighPage } from './measure/page-weight.ts';
import { measureSearch, type SearchFigures } from './measure/search-latency.ts';
import { folderSize, isIndexData, type Size } from './measure/sizes.ts';
import { readCorpus, scaledProject } from './scale/project.ts';
import { scaleTargets, targetsTable, type ScaleFigures } from './measure/targets.ts';

const root = process.cwd();
const factors = (process.env.SCALE_FACTORS ?? '1,10,100')
  .split(',')
  .map(Number)
  .filter((n) => n >= 1);
const runs = envCount(process.env.SCALE_RUNS, 3);
const queries: [string, string] = [process.env.BENCH_QUERY ?? '营商环境', process.env.BENCH_WARM_QUERY ?? '科技创新'];
const log = (message: string) => process.stderr.write(`scale: ${message}\n`);

interface SizeFigures {
  factor: number;
  sourceBytes: number;
  build: BuildFigures;
  index: Size;
  site: Size;
  part2Html: { raw: number; gzip: number };
  search?: SearchFigures;
}

const loadAtStart = machine('').load;
const browser = await launch();
const sizes: SizeFigures[] = [];
try {
  for (const factor of factors) {
    const project = scaledProject(root, factor);
    log(`×${factor} in ${project}`);
    try {
      const build = measureBuild(project, runs, (i) => log(`×${factor}: clean build ${i} of ${runs}`));
      const site = await serve(project);
      try {
        const part2 = await weighPage(browser, site.origin, '/part-2/');
        // The UI when the site has one, else Pagefind's own API: the same engine and index either way.
        const options = { from: '/part-2/', queries, runs };
        const search =
          (await measureSearch(browser, site.origin, { via: 'ui', ...options })) ??
          (await measureSearch(browser, site.origin, { via: 'pagefind-api', ...options }));
        const dist = join(project, 'dist');
        sizes.push({
          factor,
          sourceBytes: Buffer.byteLength(readCorpus(project).source),
          build,
          index: folderSize(join(dist, 'pagefind'), isIndexData),
          site: folderSize(dist),
          part2Html: part2.html,
          search,
        });
      } finally {
        await site.close();
      }
    } finally {
      if (!process.env.SCALE_KEEP) rmSync(project, { recursive: true, force: true });
    }
  }
} finally {
  await browser.close();
}

const growth = (value: number, base: number) => (base ? `×${(value / base).toFixed(1)}` : '–');
const header = [
  'size',
  'source',
  'Astro build',
  'Astro CPU',
  'Pagefind',
  'index',
  'site',
  '/part-2/ HTML raw',
  'first query: gzip to first result',
  'in all until quiet',
  'cold',
  'warm query fetched gzip',
  'warm',
];
const row = (s: SizeFigures) => [
  `×${s.factor}`,
  b(s.sourceBytes),
  ms(s.build.astroMs),
  ms(s.build.astroCpuMs),
  ms(s.build.pagefindMs),
  b(s.index.bytes),
  b(s.site.bytes),
  b(s.part2Html.raw),
  s.search ? b(s.search.cold.fetchedToFirst.gzip) : 'search: not available',
  s.search ? b(s.search.cold.fetched.gzip) : '',
  s.search ? ms(s.search.cold.ms) : '',
  s.search ? b(s.search.warm.fetched.gzip) : '',
  s.search ? ms(s.search.warm.ms) : '',
];
const figures = (s: SizeFigures) => [
  s.sourceBytes,
  s.build.astroMs,
  s.build.astroCpuMs,
  s.build.pagefindMs,
  s.index.bytes,
  s.site.bytes,
  s.part2Html.raw,
  ...(s.search
    ? [
        s.search.cold.fetchedToFirst.gzip,
        s.search.cold.fetched.gzip,
        s.search.cold.ms,
        s.search.warm.fetched.gzip,
        s.search.warm.ms,
      ]
    : []),
];
const rows = sizes.map(row);
const first = sizes[0]!;
const last = sizes.at(-1)!;
// The last size against the first, so the growth of each figure reads directly.
if (sizes.length > 1)
  rows.push([
    `×${last.factor} ÷ ×${first.factor}`,
    ...figures(last).map((value, i) => growth(value, figures(first)[i]!)),
  ]);
const about = { ...machine(browser.version()), load: loadAtStart };
console.log(
  `${new Date().toISOString()} · ${commit(root)} · ${about.cores} cores, ${about.memoryGiB} GiB, load ${about.load} at start · median of ${runs} per size · search ${first.search?.via ?? 'not available'} from /part-2/, “${queries[0]}” cold, “${queries[1]}” warm\n`,
);
console.log(formatTable(header, rows));
// Where the build's time goes at each size (medians of each phase on its own, so they need not add up exactly).
const phaseRow = (s: SizeFigures) => [`×${s.factor}`, ...PHASES.map((p) => ms(s.build.phases[p])), ms(s.build.totalMs)];
const phaseRows = sizes.map(phaseRow);
if (sizes.length > 1)
  phaseRows.push([
    `×${last.factor} − ×${first.factor}`,
    ...PHASES.map((p) => ms(last.build.phases[p] - first.build.phases[p])),
    ms(last.build.totalMs - first.build.totalMs),
  ]);
console.log(
  `\n${formatTable(
    [
      'build',
      'setup: config, chapter check',
      'prepare: Astro sync',
      'bundle: Vite, pages written',
      'finish: checks, index, phrase data, offline',
      'total',
    ],
    phaseRows,
  )}`,
);
const judged = (s: SizeFigures): ScaleFigures => ({
  factor: s.factor,
  buildMs: s.build.totalMs,
  firstResultGzip: s.search?.cold.fetchedToFirst.gzip,
  firstResultMs: s.search?.cold.ms,
});
if (sizes.length > 1) console.log(`\n${targetsTable(scaleTargets(judged(first), judged(last)))}`);
mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(
  join(root, 'bench-results', 'scale.json'),
  `${JSON.stringify({ date: new Date().toISOString(), commit: commit(root), machine: about, runs, queries, sizes }, null, 2)}\n`,
);
console.log('\nJSON: bench-results/scale.json');
