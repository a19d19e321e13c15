// The targets of the issue "Down to the floor", checked against one run's figures, so that `npm run bench` and
// `npm run bench:scale` say which are met beside the figures themselves. A report, never a test: it does not fail.
import { formatBytes as b, formatMs as ms, formatTable } from '../lib.ts';
import type { PairedBuilds } from './build-medians.ts';
import type { PageWeight } from './page-weight.ts';
import type { SearchFigures } from './search-latency.ts';

export interface Target {
  figure: string;
  value: string;
  target: string;
  /** Undefined when this run has no figure for it (no peer given, no search UI). */
  met: boolean | undefined;
}

const KB = 1000;

/** The targets `npm run bench` can judge: the part page, the first search result, the build beside its peer. */
export function benchTargets(pages: PageWeight[], search: SearchFigures | undefined, peer?: PairedBuilds): Target[] {
  const part = pages.find((p) => p.path === '/part-2/');
  const js = Math.max(0, ...pages.map((p) => p.js.gzip));
  const cold = search?.cold;
  return [
    {
      figure: '/part-2/ first load, gzip and requests',
      value: part ? `${b(part.total.gzip)} in ${part.requests}` : '–',
      target: '≤ 13.2 KB, ≤ 4 requests',
      met: part && part.total.gzip <= 13.2 * KB && part.requests <= 4,
    },
    {
      figure: '/part-2/ first load ÷ its text floor',
      value: part ? `${(part.total.gzip / part.textGzip).toFixed(2)} ×` : '–',
      target: '≤ 1.5 ×',
      met: part && part.total.gzip / part.textGzip <= 1.5,
    },
    {
      figure: 'JavaScript before interaction, gzip (largest page)',
      value: b(js),
      target: '≤ 2 KB',
      met: js <= 2 * KB,
    },
    {
      figure: 'bytes from the open key to the first literal result, cold',
      value: cold ? b(cold.fetchedToFirst.gzip) : '–',
      target: '≤ 20 KB',
      met: cold && cold.fetchedToFirst.gzip <= 20 * KB,
    },
    {
      figure: 'open key → first literal result, cold (the page’s time)',
      value: cold?.openMs === undefined ? '–' : ms(cold.openMs),
      target: '≤ 80 ms',
      met: cold?.openMs === undefined ? undefined : cold.openMs <= 80,
    },
    {
      figure: 'clean build ÷ the peer’s, paired',
      value: peer ? `${peer.ratio.toFixed(2)} ×` : 'no peer given',
      target: '≤ 0.6 ×',
      met: peer && peer.ratio <= 0.6,
    },
  ];
}

/** What a size's run gives bench:scale to judge growth by. */
export interface ScaleFigures {
  factor: number;
  buildMs: number;
  firstResultGzip?: number;
  firstResultMs?: number;
}

/** The targets `npm run bench:scale` can judge: growth from the smallest size to the largest. */
export function scaleTargets(first: ScaleFigures, last: ScaleFigures): Target[] {
  const at = `×${last.factor}`;
  const ratio = (a: number | undefined, b: number | undefined) =>
    a === undefined || b === undefined ? undefined : a / b;
  const bytes = ratio(last.firstResultGzip, first.firstResultGzip);
  const build = last.buildMs / first.buildMs;
  return [
    {
      figure: `bytes to the first literal result, ${at} ÷ ×${first.factor}`,
      value: bytes === undefined ? '–' : `${bytes.toFixed(2)} ×`,
      target: '≤ 1.5 ×',
      met: bytes === undefined ? undefined : bytes <= 1.5,
    },
    {
      figure: `bytes to the first literal result at ${at}`,
      value: last.firstResultGzip === undefined ? '–' : b(last.firstResultGzip),
      target: '≤ 20 KB',
      met: last.firstResultGzip === undefined ? undefined : last.firstResultGzip <= 20 * KB,
    },
    {
      figure: `first query at ${at}, cold`,
      value: last.firstResultMs === undefined ? '–' : ms(last.firstResultMs),
      target: '≤ 200 ms',
      met: last.firstResultMs === undefined ? undefined : last.firstResultMs <= 200,
    },
    {
      figure: `build ${at} ÷ ×${first.factor}`,
      value: `${build.toFixed(2)} ×`,
      target: '≤ 1.5 ×',
      met: build <= 1.5,
    },
  ];
}

export function targetsTable(targets: Target[]): string {
  const verdict = (met: boolean | undefined) => (met === undefined ? 'not measured' : met ? 'met' : 'NOT met');
  return formatTable(
    ['figure', 'this run', 'target', 'met?'],
    targets.map((t) => [t.figure, t.value, t.target, verdict(t.met)]),
  );
}
