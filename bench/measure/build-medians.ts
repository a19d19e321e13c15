import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { median } from '../lib.ts';
import { PHASES, type BuildPhases, type BuildTimes } from './timed-build.ts';

const CHILD = fileURLToPath(new URL('./timed-build.ts', import.meta.url));

export interface BuildFigures {
  astroMs: number;
  astroCpuMs: number;
  pagefindMs: number;
  totalMs: number;
  pagefindVia: BuildTimes['pagefindVia'];
  /** Each phase's median on its own. */
  phases: BuildPhases;
  runs: BuildTimes[];
}

/** The times a child process printed on its BENCH_BUILD line. */
export function parseBuildLine(output: string): BuildTimes | undefined {
  const line = output.split('\n').find((l) => l.startsWith('BENCH_BUILD '));
  return line ? (JSON.parse(line.slice('BENCH_BUILD '.length)) as BuildTimes) : undefined;
}

/** One clean build of the project at `root`, in a fresh Node process (the one running this script). */
export function buildOnce(root: string): BuildTimes {
  const child = spawnSync(process.execPath, [CHILD], { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const times = parseBuildLine(child.stdout);
  if (child.status !== 0 || !times) throw new Error(`the build failed in ${root}:\n${child.stdout}\n${child.stderr}`);
  return times;
}

/** Median of `runs` clean builds; each phase's median is taken on its own. */
export function measureBuild(root: string, runs: number, progress: (run: number) => void = () => {}): BuildFigures {
  const all: BuildTimes[] = [];
  for (let i = 0; i < runs; i++) {
    progress(i + 1);
    all.push(buildOnce(root));
  }
  return figures(all);
}

/** Builds of this project and a peer, measured alternately (A B A B …) so that both meet the same load. */
export interface PairedBuilds {
  peer: string;
  self: BuildFigures;
  other: BuildFigures;
  /** Median over the pairs of this project's total ÷ the peer's, each pair built back to back. */
  ratio: number;
}

/** Totals of one run: Astro and Pagefind, however the project runs Pagefind. */
const totalOf = (r: BuildTimes) => r.astroMs + r.pagefindMs;

function figures(all: BuildTimes[]): BuildFigures {
  return {
    astroMs: median(all.map((r) => r.astroMs)),
    astroCpuMs: median(all.map((r) => r.astroCpuMs)),
    pagefindMs: median(all.map((r) => r.pagefindMs)),
    totalMs: median(all.map(totalOf)),
    pagefindVia: all[0]!.pagefindVia,
    phases: Object.fromEntries(PHASES.map((p) => [p, median(all.map((r) => r.phases[p]))])) as BuildPhases,
    runs: all,
  };
}

/** `runs` pairs of clean builds, this project first in odd pairs and the peer first in even ones. */
export function measurePair(root: string, peer: string, runs: number, progress: (run: number) => void = () => {}) {
  const self: BuildTimes[] = [];
  const other: BuildTimes[] = [];
  for (let i = 0; i < runs; i++) {
    progress(i + 1);
    if (i % 2 === 0) {
      self.push(buildOnce(root));
      other.push(buildOnce(peer));
    } else {
      other.push(buildOnce(peer));
      self.push(buildOnce(root));
    }
  }
  const ratios = self.map((r, i) => totalOf(r) / totalOf(other[i]!));
  return { peer, self: figures(self), other: figures(other), ratio: median(ratios) } satisfies PairedBuilds;
}
