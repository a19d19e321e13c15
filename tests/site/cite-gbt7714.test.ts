import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readMetadata } from '../../src/speech/metadata.ts';
import { useSite } from '../helpers/setup.ts';
import { SOURCE } from '../helpers/source.ts';

const session = useSite();
const TITLE = SOURCE.split('\n')
  .find((l) => l.startsWith('# '))!
  .slice(2);

// GB/T 7714-2015, electronic resource: 主要责任者. 题名: 其他题名信息[EB/OL]. 出版地: 出版者, 出版年(更新或修改日期)[引用日期]. 获取和访问路径.
const GBT7714 =
  /^(?:(?<speaker>[^.]+)\. )?(?<title>[^:[]+)(?:: (?<occasion>[^[]+))?\[EB\/OL\]\. (?:(?:(?<publisherCity>[^:,]+): )?(?<publisher>[^,]+), (?<year>\d{4}))?(?:\((?<updated>\d{4}-\d{2}-\d{2})\))?\[(?<accessed>\d{4}-\d{2}-\d{2})\]\. (?<url>\S+)\.$/;

test('复制 GB/T 7714 引用 copies the standard form for an electronic resource, dated the day of copying, with only the metadata file’s facts', async () => {
  const metadata = readMetadata('content/metadata.yaml', readFileSync('content/metadata.yaml', 'utf8'));
  const { origin } = session.site;
  const context = await session.browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const page = await context.newPage();
  // The reader's clock says 5 March 2026, late in the evening: the access date is the reader's own day.
  await page.clock.setFixedTime(new Date(2026, 2, 5, 23, 30));
  await page.goto(`${origin}/part-2/`);
  await page.locator('#p20 .paragraph-number').click();
  await page.getByRole('button', { name: '复制 GB/T 7714 引用' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());

  const match = GBT7714.exec(copied);
  assert.ok(match?.groups, `not the GB/T 7714 electronic-resource form: ${copied}`);
  const { groups } = match;
  assert.equal(groups.title, TITLE);
  assert.equal(groups.accessed, '2026-03-05');
  // From its paragraph number a paragraph is cited by its own address.
  assert.equal(groups.url, `${origin}/part-2/#p20`);
  // Each element is there exactly when the editors' metadata gives it.
  assert.equal(groups.speaker, metadata.speaker);
  assert.equal(groups.occasion, metadata.occasion);
  assert.equal(groups.publisherCity, metadata.publisherCity);
  assert.equal(groups.publisher, metadata.publisher);
  assert.equal(groups.year, metadata.issued?.slice(0, 4));
  assert.equal(groups.updated, metadata.updated);
  // The tags reference managers read carry the same facts, and no others.
  const tags = await page
    .locator('meta[name^="citation_"]')
    .evaluateAll((metas) => metas.map((m) => m.getAttribute('name')));
  const given = { citation_author: metadata.speaker, citation_publisher: metadata.publisher };
  for (const [name, value] of Object.entries(given)) assert.equal(tags.includes(name), value !== undefined, name);
  assert.ok(tags.length <= 1 + Object.values(metadata).length, tags.join(' '));
  await context.close();
});
