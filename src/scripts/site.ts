// The one script every page loads. It stays small: the citation tools load only when the reader first moves the
// pointer, focuses or selects something.
import { startMenu } from './menu.ts';
import { startPreferences } from './preferences.ts';
import { startScrollMarker } from './scroll-marker.ts';

startMenu();
startPreferences();

const speech = document.querySelector('[data-speech] .paragraph');
if (speech) {
  startScrollMarker();
  const events = ['pointerover', 'focusin', 'selectionchange'] as const;
  // Any first pointer move, focus or selection: by the time the reader reaches a paragraph the tools are there.
  const load = (event: Event) => {
    for (const type of events) document.removeEventListener(type, load);
    import('./speech-tools.ts').then(({ startSpeechTools }) => {
      startSpeechTools();
      // Replay the event that woke the tools, so the first hover or selection already shows them.
      (event.target as Element).dispatchEvent?.(new Event(event.type, { bubbles: true }));
      if (event.type === 'selectionchange') document.dispatchEvent(new Event('selectionchange'));
    });
  };
  for (const type of events) document.addEventListener(type, load);
}
