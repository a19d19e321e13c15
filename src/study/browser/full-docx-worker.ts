// The whole text's Word file is written in a module worker fetched only when the reader asks for it.
import { fullDocx } from './full-docx.ts';
import type { FullBlock } from './full-text.ts';

addEventListener('message', (event: MessageEvent<{ blocks: FullBlock[]; creator: string }>) => {
  void fullDocx(event.data.blocks, event.data.creator).then(
    (blob) => postMessage(blob),
    (error: unknown) => postMessage(String(error)),
  );
});
