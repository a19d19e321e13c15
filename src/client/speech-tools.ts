import { startCiteTools } from './cite-tools.ts';
import { startSelectionLink } from './selection-link.ts';

/** The citation tools: copy a link or citation, link to a selection. Loaded when the reader first reaches for them. */
export function startSpeechTools() {
  startCiteTools();
  startSelectionLink();
}
