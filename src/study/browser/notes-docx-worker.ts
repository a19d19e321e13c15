// The Word file is written in a worker: a module worker of its own is fetched only when the reader asks for a
// .docx, and the page's scripts need no loader for it (a dynamic import here would move Vite's preload helper into
// a chunk that every page loads before the first move). A worker's entry listens from the start, by nature.
import { toDocx } from './notes-docx.ts';
import type { NotesBlock } from '../notes-layout.ts';

addEventListener('message', (event: MessageEvent<{ blocks: NotesBlock[]; creator: string }>) => {
  void toDocx(event.data.blocks, event.data.creator).then(
    (blob) => postMessage(blob),
    (error: unknown) => postMessage(String(error)),
  );
});
