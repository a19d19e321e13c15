import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { probeScript, type Report } from './probe.ts';
import { standIn } from '../speech-engine.ts';

// The build served as a static host does, with two additions only a test server makes: a probe script in every page
// (tests/helpers/engines/probe.ts) and, on request, script files held back to stand for a slow network.
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.woff2': 'font/woff2',
};
const SCRIPTS = { '/__probe.js': probeScript, '/__speech.js': `(${standIn})();\n` };

export interface TestServer {
  origin: string;
  /** Everything the probes reported, in the order it arrived, and the addresses the server could not serve. */
  reports: Report[];
  /** Put the speech engine's stand-in into every page served from now on (false takes it out). */
  speech: boolean;
  /** Holds every script file asked for from now on, until release(): a network that delivers scripts late. */
  hold(): void;
  release(): void;
  /** Resolves with the first report that matches, however long it takes to come. */
  next(match: (report: Report) => boolean): Promise<Report>;
  close(): Promise<void>;
}

export async function serveBuild(root = 'dist'): Promise<TestServer> {
  let held: (() => void)[] | null = null;
  const waiting: { match: (report: Report) => boolean; resolve: (report: Report) => void }[] = [];
  const report = (entry: Report) => {
    site.reports.push(entry);
    for (const wait of waiting.filter((w) => w.match(entry))) {
      waiting.splice(waiting.indexOf(wait), 1);
      wait.resolve(entry);
    }
  };
  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const path = decodeURIComponent(new URL(request.url!, 'http://x').pathname);
    if (request.method === 'POST' && path === '/__probe') {
      const body: Buffer[] = [];
      for await (const chunk of request) body.push(chunk as Buffer);
      report(JSON.parse(Buffer.concat(body).toString()) as Report);
      return response.writeHead(204).end();
    }
    if (path in SCRIPTS) return send(response, 200, '.js', SCRIPTS[path as keyof typeof SCRIPTS]);
    if (held && path.endsWith('.js')) await new Promise<void>((resolve) => held!.push(resolve));
    const file = await find(root, path);
    if (!file) {
      // A browser asks for /favicon.ico by itself on a page that names no icon (robots.txt): not the site's request.
      if (path !== '/favicon.ico') report({ load: 0, page: path, kind: 'load', message: `404 ${path}` });
      return send(response, 404, '.html', inject(await readFile(join(root, '404.html'), 'utf8')));
    }
    const body = await readFile(file);
    send(response, 200, extname(file), extname(file) === '.html' ? inject(body.toString()) : body);
  };
  const inject = (html: string) =>
    html.replace(
      /<meta http-equiv="Content-Security-Policy"[^>]*>/,
      (meta) =>
        `${meta}<script src="/__probe.js"></script>${site.speech ? '<script src="/__speech.js"></script>' : ''}`,
    );
  const http = createServer((request, response) => {
    handle(request, response).catch((error: Error) => response.writeHead(500).end(error.message));
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const site: TestServer = {
    origin: `http://127.0.0.1:${(http.address() as AddressInfo).port}`,
    reports: [],
    speech: false,
    hold: () => void (held ??= []),
    release() {
      const resolves = held ?? [];
      held = null;
      for (const resolve of resolves) resolve();
    },
    next: (match) => {
      const found = site.reports.find(match);
      return found ? Promise.resolve(found) : new Promise((resolve) => waiting.push({ match, resolve }));
    },
    close: () => {
      site.release();
      http.closeAllConnections();
      return new Promise((resolve) => http.close(() => resolve()));
    },
  };
  return site;
}

/** The file an address names: itself, or its folder's index.html. */
async function find(root: string, path: string): Promise<string | null> {
  const file = join(root, normalize(path).replace(/^(\.\.[/\\])+/, ''));
  for (const candidate of [file, join(file, 'index.html')]) {
    const found = await stat(candidate).catch(() => null);
    if (found?.isFile()) return candidate;
  }
  return null;
}

function send(response: ServerResponse, status: number, extension: string, body: string | Buffer) {
  // no-store: every load asks the network, so a held script is held on a reload too.
  response.writeHead(status, {
    'content-type': TYPES[extension] ?? 'application/octet-stream',
    'cache-control': 'no-store',
  });
  response.end(body);
}
