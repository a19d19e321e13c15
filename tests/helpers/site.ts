import { preview } from 'astro';

/** Serves a production build with Astro's own preview server, as the README's serve command does. */
export async function serveSite(
  options: { outDir?: string; base?: string } = {},
): Promise<{ origin: string; base: string; close: () => Promise<void> }> {
  const port = 4400 + Math.floor(Math.random() * 500);
  const server = await preview({
    root: process.cwd(),
    logLevel: 'error',
    server: { host: '127.0.0.1', port },
    ...options,
  });
  return { origin: `http://127.0.0.1:${server.port}`, base: options.base ?? '/', close: () => server.stop() };
}
