import { preview } from 'astro';

/** Serves the production build in `dist/` with Astro's own preview server, as the README's serve command does. */
export async function serveSite(): Promise<{ origin: string; close: () => Promise<void> }> {
  const port = 4400 + Math.floor(Math.random() * 500);
  const server = await preview({ root: process.cwd(), logLevel: 'error', server: { host: '127.0.0.1', port } });
  return { origin: `http://127.0.0.1:${server.port}`, close: () => server.stop() };
}
