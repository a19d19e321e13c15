// Asks the Word worker (notes-docx-worker.ts) for a .docx; the worker is started for the one file and stopped after.
import type { DraftDocument } from '../../writing/draft-layout.ts';
import type { NotesBlock } from '../notes-layout.ts';
import type { FullBlock } from './full-text.ts';
import type { MarkStyle } from '../model.ts';
import DocxWorker from './notes-docx-worker.ts?worker';

export type WordJob =
  | { kind: 'notes'; blocks: NotesBlock[]; creator: string }
  | { kind: 'full'; blocks: FullBlock[]; names: Record<MarkStyle, string>; creator: string }
  | { kind: 'draft'; document: DraftDocument; creator: string };

/** The .docx of `job`, or an error saying `failed`. */
export function wordFile(job: WordJob, failed: string): Promise<Blob> {
  const worker = new DocxWorker();
  return new Promise<Blob>((resolve, reject) => {
    const fail = () => reject(new Error(failed));
    worker.addEventListener('message', (event: MessageEvent<Blob | string>) =>
      event.data instanceof Blob ? resolve(event.data) : fail(),
    );
    worker.addEventListener('error', fail);
    worker.postMessage(job);
  }).finally(() => worker.terminate());
}
