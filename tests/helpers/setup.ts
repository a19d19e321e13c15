import { after, before } from 'node:test';
import type { Browser } from 'playwright-core';
import { launch } from './browser.ts';
import { serveSite } from './site.ts';

export interface Session {
  site: Awaited<ReturnType<typeof serveSite>>;
  browser: Browser;
}

/**
 * Serves the production build and starts Chromium for the tests of one file; both stop after them.
 * `ready` runs once both are up (root-level hooks of a file do not wait for each other).
 */
export function useSite(ready?: (session: Session) => Promise<void>): Session {
  const session = {} as Session;
  before(async () => {
    session.site = await serveSite();
    session.browser = await launch();
    await ready?.(session);
  });
  after(async () => {
    await session.browser?.close();
    await session.site?.close();
  });
  return session;
}
