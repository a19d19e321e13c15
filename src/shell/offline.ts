import { url } from '../site/urls.ts';

/** Registers sw.js, which keeps the site for reading offline, where the browser has service workers (https or localhost). */
export function start(): void {
  if (!('serviceWorker' in navigator)) return;
  // Without the offline copy the site still works online: a failure is not the reader's concern.
  navigator.serviceWorker.register(url('sw.js')).catch(() => undefined);
}
