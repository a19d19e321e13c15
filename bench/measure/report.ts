import { formatBytes as b, formatMs as ms, formatTable } from '../lib.ts';
import type { BuildFigures, PairedBuilds } from './build-medians.ts';
import type { PageWeight } from './page-weight.ts';
import type { SearchFigures } from './search-latency.ts';
import type { Size } from './sizes.ts';
import { benchTargets, targetsTable } from './targets.ts';
import type { machine } from './machine.ts';
import { studyTable, type StudyFigures } from './study.ts';
import { enginesTable, type EngineFigures } from './engines.ts';

export interface BenchResults {
  date: string;
  commit: string;
  machine: ReturnType<typeof machine>;
  runs: number;
  build: BuildFigures;
  /** Present when a peer project was given: both built alternately in this run. */
  peer?: PairedBuilds;
  pages: PageWeight[];
  search: { ui?: SearchFigures; engine?: SearchFigures };
  study?: StudyFigures;
  engines?: EngineFigures;
  sizes: { site: Size; pagefind: Size; index: Size; readAloud?: { raw: number; gzip: number; files: string[] } };
}

const pair = (w: { raw: number; gzip: number }) => `${b(w.raw)} / ${b(w.gzip)}`;

const VIA: Record<BuildFigures['pagefindVia'], string> = {
  integration: "the site's integration: the wait after the checks it runs beside",
  'inside-build': 'inside the build, counted in Astro',
  'node-api': 'Node API on dist/, integration not in the build',
};

export function buildTable(build: BuildFigures, runs: number): string {
  const via = VIA[build.pagefindVia];
  return formatTable(
    ['clean build (median of ' + runs + ')', 'time'],
    [
      ['Astro', ms(build.astroMs)],
      ['Astro, CPU time of its process (less moved by other load)', ms(build.astroCpuMs)],
      [`Pagefind (${via})`, ms(build.pagefindMs)],
      ['total', ms(build.totalMs)],
    ],
  );
}

/** This project's clean builds beside the peer's, built alternately in the same run. */
export function peerTable(paired: PairedBuilds): string {
  const row = (label: string, f: BuildFigures) => [
    label,
    ms(f.totalMs),
    ms(f.astroCpuMs),
    f.runs.map((r) => ms(r.astroMs + r.pagefindMs)).join(' '),
  ];
  return formatTable(
    [`clean build, paired A B A B (${paired.self.runs.length} pairs)`, 'total', 'CPU', 'each run'],
    [
      row('this project', paired.self),
      row(`peer: ${paired.peer}`, paired.other),
      ['this ÷ peer (median of the pairs)', `${paired.ratio.toFixed(2)} ×`, '', ''],
    ],
  );
}

export function pagesTable(pages: PageWeight[]): string {
  return formatTable(
    [
      'first visit',
      'requests',
      'HTML raw / gzip',
      'CSS raw / gzip',
      'JS raw / gzip',
      'other raw / gzip',
      'total gzip',
      'text floor gzip',
      'total ÷ floor',
    ],
    pages.map((p) => [
      p.path,
      String(p.requests),
      pair(p.html),
      pair(p.css),
      pair(p.js),
      pair(p.other),
      b(p.total.gzip),
      b(p.textGzip),
      (p.total.gzip / p.textGzip).toFixed(2),
    ]),
  );
}

export function jsTable(pages: PageWeight[]): string {
  return formatTable(
    ['JS before interaction', 'scripts', 'raw', 'gzip', 'files'],
    pages.map((p) => [
      p.path,
      String(p.js.count),
      b(p.js.raw),
      b(p.js.gzip),
      p.files
        .filter((f) => f.kind === 'js')
        .map((f) => f.url)
        .join(' '),
    ]),
  );
}

export function searchTable(search: BenchResults['search']): string {
  const rows = (['ui', 'engine'] as const).flatMap((key) => {
    const figures = search[key];
    const label = key === 'ui' ? 'search UI' : 'Pagefind JS API alone';
    if (!figures) return [[label, 'not available', '', '', '', '', '', '']];
    return (['cold', 'warm'] as const).map((k) => [
      `${label}, ${k}`,
      figures[k].query,
      `${figures[k].fetchedToFirst.count} / ${figures[k].fetched.count}`,
      b(figures[k].fetchedToFirst.gzip),
      pair(figures[k].fetched),
      ms(figures[k].ms),
      figures[k].openMs === undefined ? '' : ms(figures[k].openMs),
      figures[k].openWallMs === undefined ? '' : ms(figures[k].openWallMs),
    ]);
  });
  return formatTable(
    [
      'search (from /part-2/)',
      'query',
      'requests to first / in all',
      'gzip to first result',
      'in all until quiet, raw / gzip',
      'typing → first result',
      'open key → first result, the page’s time',
      'the same, wall clock with the harness',
    ],
    rows,
  );
}

export function sizesTable(sizes: BenchResults['sizes']): string {
  return formatTable(
    ['built site', 'files', 'bytes'],
    [
      ['dist/ in all', String(sizes.site.files), b(sizes.site.bytes)],
      ['dist/pagefind: engine, UIs and index', String(sizes.pagefind.files), b(sizes.pagefind.bytes)],
      ['  of which the index (words, fragments, meta)', String(sizes.index.files), b(sizes.index.bytes)],
      ...(sizes.readAloud
        ? [
            [
              '朗读 (code and stylesheet, loaded when asked for), raw / gzip',
              String(sizes.readAloud.files.length),
              `${b(sizes.readAloud.raw)} / ${b(sizes.readAloud.gzip)}`,
            ],
          ]
        : []),
    ],
  );
}

/** The whole report, one table per question, as printed by `npm run bench`. */
export function report(r: BenchResults): string {
  const head = `${r.date} · ${r.commit} · ${r.machine.cores} cores, ${r.machine.memoryGiB} GiB, load ${r.machine.load} at start · Node ${r.machine.node} · Chromium ${r.machine.chromium}`;
  return [
    head,
    buildTable(r.build, r.runs),
    ...(r.peer ? [peerTable(r.peer)] : []),
    pagesTable(r.pages),
    jsTable(r.pages),
    searchTable(r.search),
    ...(r.study ? [studyTable(r.study)] : []),
    ...(r.engines ? [enginesTable(r.engines)] : []),
    sizesTable(r.sizes),
    targetsTable(benchTargets(r.pages, r.search.ui, r.peer)),
  ].join('\n\n');
}
