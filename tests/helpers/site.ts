import { preview } from 'astro';

/** Serves a production build with Astro's own preview server, as the README's serve command does. */
export async function serveSite(
  // A port may be given to serve a second build at the same origin, as a returning reader's browser sees it.
  { port = 4400 + Math.floor(Math.random() * 500), ...options }: { outDir?: string; base?: string; port?: number } = {},
): Promise<{ origin: string; base: string; close: () => Promise<void> }> {
  const server = await preview({
    root: process.cwd(),
    logLevel: 'error',
    server: { host: '127.0.0.1', port },
    ...options,
  });
  return { origin: `http://127.0.0.1:${server.port}`, base: options.base ?? '/', close: () => server.stop() };
}
