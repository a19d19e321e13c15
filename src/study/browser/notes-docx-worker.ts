// Every Word file the site writes (摘抄本's 学习笔记, the whole text with the reader's marks, the 心得提纲) is written in
// this one module worker, so the docx library is fetched, and kept in the offline copy, once. It is fetched only
// when the reader asks for a .docx, and the page's scripts need no loader for it (a dynamic import here would move
// Vite's preload helper into a chunk that every page loads before the first move). A worker's entry listens from the
// start, by nature.
import { toDocx } from './notes-docx.ts';
import { fullDocx } from './full-docx.ts';
import { toDocx as draftDocx } from '../../writing/browser/draft-docx.ts';
import type { WordJob } from './word.ts';

const write = (job: WordJob): Promise<Blob> =>
  job.kind === 'notes'
    ? toDocx(job.blocks, job.creator)
    : job.kind === 'full'
      ? fullDocx(job.blocks, job.names, job.creator)
      : draftDocx(job.document, job.creator);

addEventListener('message', (event: MessageEvent<WordJob>) => {
  void write(event.data).then(
    (blob) => postMessage(blob),
    (error: unknown) => postMessage(String(error)),
  );
});
