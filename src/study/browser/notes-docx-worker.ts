// The Word file is written in a worker: a module worker of its own is fetched only when the reader asks for a
// .docx, and the page's scripts need no loader for it (a dynamic import here would move Vite's preload helper into
// a chunk that every page loads before the first move). A worker's entry listens from the start, by nature.
import { toDocx } from './notes-docx.ts';
import type { Entry, Heading } from '../export.ts';

addEventListener('message', (event: MessageEvent<{ entries: Entry[]; heading: Heading }>) => {
  void toDocx(event.data.entries, event.data.heading).then(
    (blob) => postMessage(blob),
    (error: unknown) => postMessage(String(error)),
  );
});
