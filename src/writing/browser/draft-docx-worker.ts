// The Word file is written in a module worker fetched only when the reader asks for it (as 摘抄本's is).
import { toDocx } from './draft-docx.ts';
import type { DraftDocument } from '../draft-layout.ts';

addEventListener('message', (event: MessageEvent<{ document: DraftDocument; creator: string }>) => {
  void toDocx(event.data.document, event.data.creator).then(
    (blob) => postMessage(blob),
    (error: unknown) => postMessage(String(error)),
  );
});
