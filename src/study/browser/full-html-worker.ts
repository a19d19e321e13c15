// The whole text's HTML file is written in this worker, fetched only when the reader asks for it: a dynamic import
// in 摘抄本's code would bring Vite's preload helper into the script every page runs first.
import { fullHtml, type FullHtmlStrings } from '../full-html.ts';
import type { FullBlock } from '../full-marks.ts';

addEventListener('message', (event: MessageEvent<{ blocks: FullBlock[]; strings: FullHtmlStrings }>) => {
  postMessage(fullHtml(event.data.blocks, event.data.strings));
});
