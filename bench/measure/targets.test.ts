import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { PageWeight } from './page-weight.ts';
import type { SearchFigures } from './search-latency.ts';
import { benchTargets, scaleTargets } from './targets.ts';

const weight = (gzip: number) => ({ raw: gzip * 3, gzip, count: 1 });
const page = (path: string, total: number, requests = 4): PageWeight => ({
  path,
  requests,
  html: weight(total - 2500),
  css: weight(2000),
  js: weight(500),
  other: weight(0),
  total: weight(total),
  textGzip: 8400,
  files: [],
});
const search = (gzip: number, openMs: number) =>
  ({
    via: 'ui',
    from: '/part-2/',
    cold: { query: 'q', ms: 40, openMs, fetched: weight(gzip), fetchedToFirst: weight(gzip) },
    warm: { query: 'q', ms: 20, fetched: weight(1), fetchedToFirst: weight(1) },
  }) as unknown as SearchFigures;
const verdicts = (targets: { figure: string; met: boolean | undefined }[]) =>
  Object.fromEntries(targets.map((t) => [t.figure, t.met]));

test('a part page of 12.6 KB in 4 requests meets both page targets; 13.3 KB or a fifth request does not', () => {
  const met = verdicts(benchTargets([page('/part-2/', 12600)], search(12000, 70)));
  assert.equal(met['/part-2/ first load, gzip and requests'], true);
  assert.equal(met['/part-2/ first load ÷ its text floor'], true);
  assert.equal(
    verdicts(benchTargets([page('/part-2/', 13300)], undefined))['/part-2/ first load, gzip and requests'],
    false,
  );
  assert.equal(
    verdicts(benchTargets([page('/part-2/', 12000, 5)], undefined))['/part-2/ first load, gzip and requests'],
    false,
  );
  assert.equal(
    verdicts(benchTargets([page('/part-2/', 12700)], undefined))['/part-2/ first load ÷ its text floor'],
    false,
  );
});

test('search and build targets are judged only when the run measured them', () => {
  const without = verdicts(benchTargets([page('/part-2/', 12000)], undefined));
  assert.equal(without['open key → first literal result, cold (the page’s time)'], undefined);
  assert.equal(without['clean build ÷ the peer’s, paired'], undefined);
  const slow = verdicts(benchTargets([page('/part-2/', 12000)], search(21000, 81)));
  assert.equal(slow['bytes from the open key to the first literal result, cold'], false);
  assert.equal(slow['open key → first literal result, cold (the page’s time)'], false);
});

test('growth at scale is judged from the smallest size to the largest', () => {
  const met = verdicts(
    scaleTargets(
      { factor: 1, buildMs: 1000, firstResultGzip: 10000, firstResultMs: 50 },
      { factor: 100, buildMs: 1600, firstResultGzip: 15000, firstResultMs: 201 },
    ),
  );
  assert.equal(met['bytes to the first literal result, ×100 ÷ ×1'], true);
  assert.equal(met['bytes to the first literal result at ×100'], true);
  assert.equal(met['first query at ×100, cold'], false);
  assert.equal(met['build ×100 ÷ ×1'], false);
});
