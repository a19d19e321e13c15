// A worker that writes the files it is given, one after another: sync writes on their own thread are many times
// faster than thousands of async ones, which would also queue the build's own file reads behind them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { Worker, workerData } from 'node:worker_threads';

/** Writes `files` (path → text) on a worker thread; resolves when all are written. */
export function writeFilesAside(files: [string, string][]): Promise<void> {
  return new Promise((done, fail) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: files });
    worker.on('error', fail);
    worker.on('exit', (code) =>
      code === 0 ? done() : fail(new Error(`writing files: the worker stopped with code ${code}`)),
    );
  });
}

if (workerData) {
  const files = workerData as [string, string][];
  for (const folder of new Set(files.map(([path]) => dirname(path)))) mkdirSync(folder, { recursive: true });
  for (const [path, text] of files) writeFileSync(path, text);
}
