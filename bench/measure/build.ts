import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { median } from '../lib.ts';
import type { BuildTimes } from './timed-build.ts';

const CHILD = fileURLToPath(new URL('./timed-build.ts', import.meta.url));

export interface BuildFigures {
  astroMs: number;
  astroCpuMs: number;
  pagefindMs: number;
  totalMs: number;
  pagefindVia: BuildTimes['pagefindVia'];
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
  return {
    astroMs: median(all.map((r) => r.astroMs)),
    astroCpuMs: median(all.map((r) => r.astroCpuMs)),
    pagefindMs: median(all.map((r) => r.pagefindMs)),
    totalMs: median(all.map((r) => r.astroMs + r.pagefindMs)),
    pagefindVia: all[0]!.pagefindVia,
    runs: all,
  };
}
