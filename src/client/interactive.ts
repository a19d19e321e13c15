import { startMenu } from './menu.ts';
import { startPreferences } from './preferences.ts';
import { startScrollMarker } from './current-section.ts';
import './search.ts';
import { startSpeechTools } from './speech-tools.ts';

/** Everything a reader can use on a page; site.ts loads it on the first sign of a reader. */
export function start() {
  startMenu();
  startPreferences();
  if (!document.querySelector('[data-speech] .paragraph')) return;
  startScrollMarker();
  startSpeechTools();
}
