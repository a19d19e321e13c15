// Child process of the benchmark: one clean production build of the project in the working directory,
// printing its times as a JSON line. A fresh process per run, so no module cache carries over.
import { existsSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

export interface BuildTimes {
  astroMs: number;
  /** CPU time (user + system) of the Astro build's own process: barely moved by other work on a shared machine. */
  astroCpuMs: number;
  pagefindMs: number;
  /**
   * 'integration' when the project's own pagefind integration indexed the site, 'inside-build' when another part of
   * the build did (Starlight: its time is then in astroMs), 'node-api' when this script did.
   */
  pagefindVia: 'integration' | 'inside-build' | 'node-api';
  /** Where the build's time goes, from Astro's own hooks (ms, each phase's length). */
  phases: BuildPhases;
}

/**
 * setup: the config and every integration's setup (here the chapter check); prepare: Astro's sync and build info;
 * bundle: Vite's builds and the pages written; finish: everything after the pages (checks, index, offline copy).
 */
export const PHASES = ['setup', 'prepare', 'bundle', 'finish'] as const;
export type BuildPhases = Record<(typeof PHASES)[number], number>;

/** Page-clock marks the phase timer leaves at Astro's hooks. */
interface Marks {
  configDone?: number;
  buildStart?: number;
  generated?: number;
}

/** What a clean build starts from: no output and none of Astro's or Vite's caches. */
export function clean(root: string): void {
  for (const path of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite'])
    rmSync(join(root, path), { recursive: true, force: true });
}

/**
 * Marks Astro's hooks, and wraps the project's pagefind integration's build:done hook with a timer, leaving the
 * integration itself unchanged. Its own hooks run after the project's, so each mark follows that step's work.
 */
function phaseTimer(times: { pagefindMs?: number }, marks: Marks): AstroIntegration {
  return {
    name: 'bench-phase-timer',
    hooks: {
      'astro:config:done': () => void (marks.configDone = performance.now()),
      'astro:build:start': () => void (marks.buildStart = performance.now()),
      'astro:build:generated': () => void (marks.generated = performance.now()),
      'astro:config:setup': ({ config }) => {
        const integration = config.integrations.find((i) => i.name === 'pagefind');
        const hook = integration?.hooks['astro:build:done'];
        if (!integration || !hook) return;
        integration.hooks['astro:build:done'] = async (options) => {
          const start = performance.now();
          try {
            await hook(options);
          } finally {
            times.pagefindMs = performance.now() - start;
          }
        };
      },
    },
  };
}

/** Indexes dist/ as the integration will: the Node API, written to dist/pagefind. */
async function indexWithNodeApi(dist: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex();
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: dist });
  if (added.errors.length) throw new Error(`pagefind: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
}

/** The project's own Astro, so that a peer project is built with the version it installed. */
async function astroOf(root: string): Promise<typeof import('astro')> {
  const entry = createRequire(join(root, 'package.json')).resolve('astro');
  return (await import(pathToFileURL(entry).href)) as typeof import('astro');
}

async function timedBuild(root: string): Promise<BuildTimes> {
  const { build } = await astroOf(root);
  clean(root);
  const times: { pagefindMs?: number } = {};
  const marks: Marks = {};
  const start = performance.now();
  const cpu = process.cpuUsage();
  await build({ root, logLevel: 'warn', integrations: [phaseTimer(times, marks)] });
  const end = performance.now();
  const total = end - start;
  const { configDone = start, buildStart = configDone, generated = buildStart } = marks;
  const phases = {
    setup: configDone - start,
    prepare: buildStart - configDone,
    bundle: generated - buildStart,
    finish: end - generated,
  };
  const { user, system } = process.cpuUsage(cpu);
  const astroCpuMs = (user + system) / 1000;
  if (times.pagefindMs !== undefined)
    return {
      astroMs: total - times.pagefindMs,
      astroCpuMs,
      pagefindMs: times.pagefindMs,
      pagefindVia: 'integration',
      phases,
    };
  if (existsSync(join(root, 'dist', 'pagefind', 'pagefind-entry.json')))
    return { astroMs: total, astroCpuMs, pagefindMs: 0, pagefindVia: 'inside-build', phases };
  const indexStart = performance.now();
  await indexWithNodeApi(join(root, 'dist'));
  const pagefindMs = performance.now() - indexStart;
  return {
    astroMs: total,
    astroCpuMs,
    pagefindMs,
    pagefindVia: 'node-api',
    phases: { ...phases, finish: phases.finish + pagefindMs },
  };
}

if (import.meta.main) {
  const times = await timedBuild(process.cwd());
  console.log(`BENCH_BUILD ${JSON.stringify(times)}`);
}
