import type { Browser, Page, Response } from 'playwright-core';
import { preview } from 'astro';
import { gzipSize, kindOf, type Transfer } from '../lib.ts';

export { launch } from '../../tests/helpers/browser.ts';

/** Serves a built project (its dist/) with Astro's preview server, as the README's serve command does. */
export async function serve(root: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = await preview({
    root,
    logLevel: 'error',
    server: { host: '127.0.0.1', port: 4900 + Math.floor(Math.random() * 500) },
  });
  return { origin: `http://127.0.0.1:${server.port}`, close: () => server.stop() };
}

async function toTransfer(response: Response): Promise<Transfer | undefined> {
  // Redirects and aborted requests have no body to count.
  const body = await response.body().catch(() => undefined);
  if (!body || !response.url().startsWith('http')) return undefined;
  return {
    url: response.url(),
    kind: kindOf(response.request().resourceType()),
    raw: body.length,
    gzip: gzipSize(body),
  };
}

/** Records every response a page receives; `checkpoint()` and `since(checkpoint)` cut out what one action fetched. */
export function record(page: Page) {
  const pending: Promise<Transfer | undefined>[] = [];
  page.on('response', (response) => pending.push(toTransfer(response)));
  return {
    checkpoint: () => pending.length,
    since: async (from = 0) => (await Promise.all(pending.slice(from))).filter((t): t is Transfer => t !== undefined),
    /** Resolves once no response has arrived for `ms` (a lazy load may chain several fetches). */
    quiet: async (ms = 400) => {
      for (let seen = -1; seen !== pending.length;) {
        seen = pending.length;
        await page.waitForTimeout(ms);
      }
    },
  };
}

/** A page in a fresh context: empty cache, no storage, as on a reader's first visit. */
export async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}
