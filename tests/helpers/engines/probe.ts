// The probe the test server puts into every page, right after its Content-Security-Policy (which allows 'self'):
// it reports what went wrong to the server by sendBeacon, the one channel every engine here has (WebKitWebDriver has
// no console and no BiDi). It also records the layout of the first frame that holds the speech's text, to compare with
// the final one where an engine does not report layout shifts.

export interface Report {
  /** The page load (its performance.timeOrigin) and address. */
  load: number;
  page: string;
  kind: 'error' | 'rejection' | 'csp' | 'console' | 'load' | 'mark';
  message: string;
}

/** Runs in the page; returns nothing. Kept to syntax that Safari 16 (WPE 2.38) parses. */
function probe() {
  const load = Math.round(performance.timeOrigin);
  // What fails because the reader (the test) left the page (a load cut short, a fetch aborted) is not the page's error.
  let leaving = false;
  addEventListener('beforeunload', () => (leaving = true));
  addEventListener('pagehide', () => (leaving = true));
  const send = (kind: string, message: unknown) =>
    (leaving && kind !== 'mark') ||
    navigator.sendBeacon(
      '/__probe',
      JSON.stringify({
        load,
        page: location.pathname + location.search + location.hash,
        kind,
        message: String(message),
      }),
    );
  addEventListener(
    'error',
    (event) => {
      const target = event.target as HTMLLinkElement | HTMLScriptElement | Window;
      if (target instanceof Element) {
        const link = target as HTMLLinkElement;
        send(
          'load',
          `${target.tagName.toLowerCase()}${link.rel ? `[rel=${link.rel}]` : ''} ${link.href || (target as HTMLScriptElement).src}`,
        );
      } else send('error', `${event.message} at ${event.filename}:${event.lineno}`);
    },
    true,
  );
  addEventListener('unhandledrejection', (event) => send('rejection', event.reason?.stack ?? event.reason));
  document.addEventListener('securitypolicyviolation', (event) =>
    send('csp', `${event.violatedDirective} blocked ${event.blockedURI} at ${event.sourceFile}:${event.lineNumber}`),
  );
  const error = console.error;
  console.error = (...args: unknown[]) => {
    send('console', args.join(' '));
    error.apply(console, args);
  };
  const shot = () => {
    const paragraph = document.querySelector('.speech .paragraph, main p');
    if (!paragraph) return null;
    const box = paragraph.getBoundingClientRect();
    const root = document.documentElement;
    return {
      care: root.dataset.care ?? '',
      size: getComputedStyle(paragraph).fontSize,
      top: box.top + scrollY,
      left: box.left,
      width: box.width,
      height: box.height,
    };
  };
  let shift = 0;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
        if (!entry.hadRecentInput) shift += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
    Object.assign(window, { __shifts: () => shift });
  } catch {
    // No layout-shift entries in this engine (Firefox, WebKit): the layouts before and after are compared instead.
  }
  Object.assign(window, { __layout: shot, __mark: (id: string) => send('mark', id) });
}

export const probeScript = `(${probe})();\n`;
