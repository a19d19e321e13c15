import { readFileSync } from 'node:fs';
import { readProofreading, type Correction, type Proofreading } from './convert.ts';
import { interfaceLookup } from './interface-lookup.ts';
import { parsePage, type Node } from './page-tree.ts';
import type { Conversion } from './round-trip.ts';

// What the stages' tests share: the editors' real corrections and a small interface table (tests only).
const FILE = 'content/traditional.yaml';
export const proofreading = readProofreading(FILE, readFileSync(FILE, 'utf8'));

export const conversion = (overrides: Partial<Proofreading> = {}): Conversion => ({
  twinFile: 'dist/zh-Hant/x.html',
  base: '/',
  site: 'https://example.org',
  proofreading: { ...proofreading, ...overrides },
  uses: new Map<Correction, number>(),
  lookup: interfaceLookup([
    ['显示设置', '顯示設定'],
    ['链接：{place}', '連結：{place}'],
  ]),
});

/** The first element of a tag in a parsed snippet. */
export function element(html: string, tag: string): Node {
  const find = (node: Node): Node | undefined =>
    node.tagName === tag ? node : (node.childNodes ?? []).map(find).find(Boolean);
  const found = find(parsePage(html));
  if (!found) throw new Error(`no <${tag}> in ${html}`);
  return found;
}
