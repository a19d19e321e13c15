// What the engines tier (tests/engines/) adds to `npm test` and to `.ci/run`: its wall time on this machine, and the
// Debian packages its browsers bring beyond the Chromium suite's (counted from apt's own records, not installed).
import { execFileSync, spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { formatBytes as b, formatMs as ms, formatTable } from '../lib.ts';

/** The README's apt-get line: the Chromium suite's packages, and what the engines tier adds. */
export const BASE_PACKAGES = ['chromium', 'fonts-noto-cjk', 'fonts-noto-cjk-extra'];
export const ENGINE_PACKAGES = ['firefox-esr', 'webkit2gtk-driver', 'xvfb', 'wpewebkit-driver', 'cog'];

export interface EngineFigures {
  /** Wall time of `npm run test:engines` (one run), and its tests passed / run. */
  wallMs: number;
  passed: number;
  tests: number;
  /** The packages apt installs for the engines beyond the base line's, their download and installed bytes. */
  apt: { packages: number; download: number; installed: number } | null;
}

/** Runs the tier once, as `npm test` does, over the dist/ built before. */
export function timeEngines(root: string): Pick<EngineFigures, 'wallMs' | 'passed' | 'tests'> {
  const started = performance.now();
  const run = spawnSync(
    process.execPath,
    ['--test', '--test-concurrency=1', '--test-reporter=tap', 'tests/engines/*.test.ts'],
    { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const wallMs = performance.now() - started;
  const count = (name: string) => Number(run.stdout.match(new RegExp(`^# ${name} (\\d+)`, 'm'))?.[1] ?? 0);
  return { wallMs, passed: count('pass'), tests: count('tests') };
}

/** Every package these depend on (Depends and Pre-Depends, every alternative), with them: apt adds Recommends too. */
function closure(packages: string[]): Set<string> {
  const out = execFileSync(
    'apt-cache',
    [
      'depends',
      '--recurse',
      '--no-recommends',
      '--no-suggests',
      '--no-conflicts',
      '--no-breaks',
      '--no-replaces',
      '--no-enhances',
      ...packages,
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  return new Set(out.split('\n').filter((line) => /^[a-z0-9]/.test(line)));
}

/** Sizes from apt's records of the candidate versions: download (Size) and installed (Installed-Size, KiB). */
export function aptAdds(): EngineFigures['apt'] {
  try {
    const base = closure(BASE_PACKAGES);
    const added = [...closure([...BASE_PACKAGES, ...ENGINE_PACKAGES])].filter((name) => !base.has(name));
    const records = execFileSync('apt-cache', ['show', '--no-all-versions', ...added], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    const sum = (field: string) =>
      [...records.matchAll(new RegExp(`^${field}: (\\d+)$`, 'gm'))].reduce((total, m) => total + Number(m[1]), 0);
    return { packages: added.length, download: sum('Size'), installed: sum('Installed-Size') * 1024 };
  } catch {
    return null; // no apt here
  }
}

export const enginesTable = (e: EngineFigures) =>
  formatTable(
    ['three-engine tier (tests/engines/)', 'figure'],
    [
      ['wall time added to npm test (one run)', `${ms(e.wallMs)} (${e.passed}/${e.tests} tests passed)`],
      [
        'apt install added to .ci/run',
        e.apt
          ? `${e.apt.packages} packages, ${b(e.apt.download)} to download, ${b(e.apt.installed)} installed`
          : 'apt not available',
      ],
    ],
  );
