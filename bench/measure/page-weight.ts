import type { Browser } from 'playwright-core';
import { gzipSize, weigh, type Weight } from '../lib.ts';
import { freshPage, record } from './browser.ts';

export interface PageWeight {
  path: string;
  requests: number;
  html: Weight;
  css: Weight;
  js: Weight;
  other: Weight;
  total: Weight;
  /** gzip of document.body.innerText: the floor no page can go under. */
  textGzip: number;
  files: { url: string; kind: string; raw: number; gzip: number }[];
}

/** Everything a browser fetches on a first visit to one page, until the network is idle, before any interaction. */
export async function weighPage(browser: Browser, origin: string, path: string): Promise<PageWeight> {
  const page = await freshPage(browser);
  const recorder = record(page);
  await page.goto(origin + path, { waitUntil: 'networkidle' });
  await recorder.quiet();
  const transfers = await recorder.since(0);
  const text = await page.evaluate(() => document.body.innerText);
  // The inline pre-paint script travels in the HTML (counted there too) but runs before any move: counted as JS.
  const inline = await page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')].map((script) => script.textContent ?? ''),
  );
  await page.context().close();
  const inlineFiles = inline.map((code) => ({ url: '(inline)', kind: 'js', raw: code.length, gzip: gzipSize(code) }));
  const js = weigh(transfers, 'js');
  return {
    path,
    requests: transfers.length,
    html: weigh(transfers, 'html'),
    css: weigh(transfers, 'css'),
    js: {
      count: js.count + inline.length,
      raw: js.raw + sum(inlineFiles.map((file) => file.raw)),
      gzip: js.gzip + sum(inlineFiles.map((file) => file.gzip)),
    },
    other: weigh(transfers, 'other'),
    total: weigh(transfers),
    textGzip: gzipSize(text),
    files: [...transfers.map((t) => ({ ...t, url: new URL(t.url).pathname })), ...inlineFiles],
  };
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
