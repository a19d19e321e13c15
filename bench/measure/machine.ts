import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';

/** What the figures were measured on. */
export function machine(browserVersion: string) {
  return {
    cores: cpus().length,
    cpu: cpus()[0]?.model.trim() ?? '',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    chromium: browserVersion,
    /** One-minute load average when measured: above the core count, other work was competing for the CPU. */
    load: Number(loadavg()[0]!.toFixed(1)),
  };
}

/** The commit measured, with a mark when the tree has changes not yet committed. */
export function commit(root: string): string {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
  try {
    return git('rev-parse', '--short', 'HEAD') + (git('status', '--porcelain') ? '+changes' : '');
  } catch {
    return 'unknown';
  }
}
