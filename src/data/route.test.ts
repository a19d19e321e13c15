import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Speech } from '../speech/load.ts';
import type { Part } from '../speech/outline.ts';
import { routeData } from './route.ts';

// A small speech of three parts: the second with a relationship and a section of two items, the third with a section.
const part = (number: number, fill: Partial<Part> = {}): Part => ({
  id: `part-${number}`,
  number,
  place: `${'一二三'[number - 1]}、`,
  label: `${'一二三'[number - 1]}、第${number}部分`,
  slug: `part-${number}`,
  file: `content/speech/part-${number}.mdx`,
  coverage: 'complete',
  relationships: [],
  sections: [],
  paragraphs: [],
  blocks: [],
  ...fill,
});
const parts = [
  part(1, { paragraphs: [{ id: 'p1', place: '一、', label: '甲。', number: 1, text: '甲。' }] }),
  part(2, {
    relationships: [{ id: '2-r1', place: '二、一是', label: '一是甲。' }],
    sections: [
      {
        id: '2-1',
        number: 1,
        place: '二、第一',
        label: '第一，乙。',
        items: [
          { id: '2-1-1', place: '二、第一，一是', label: '一是丙。' },
          { id: '2-1-2', place: '二、第一，二是', label: '二是丁。' },
        ],
      },
    ],
  }),
  part(3, { sections: [{ id: '3-1', number: 1, place: '三、第一', label: '第一，戊。', items: [] }] }),
];
const speech: Speech = {
  outline: { title: '讲话的标题', parts },
  rejoined: [],
  plan: [],
  terms: [],
  metadata: {},
};
const at =
  (base: string) =>
  (path = '') =>
    `${base.replace(/\/$/, '')}/${path}`;
const route = (pathname: string, base = '/') =>
  routeData({ speech, pathname, site: 'https://example.org', url: at(base) });

test('a part page is titled by the part, with the speech after it, and its trail leads home', () => {
  const page = route('/part-2/');
  assert.equal(page.page, 'part');
  assert.equal(page.part, parts[1]);
  assert.equal(page.title, '二、第2部分｜讲话的标题');
  assert.equal(page.description, '二、第2部分。');
  assert.equal(route('/part-1/').description, '一、第1部分（第1段）。');
  assert.deepEqual(page.breadcrumb, [
    { href: '/', label: '目录' },
    { href: '', label: '二、第2部分' },
  ]);
  assert.equal(page.canonical, 'https://example.org/part-2/');
  assert.equal(page.unlisted, false);
});

test('on a part page the header marks 全文 as the section of the site, and prev/next are the parts beside it', () => {
  const page = route('/part-2/');
  assert.deepEqual(
    page.siteNav.filter((link) => link.current),
    [{ href: '/full/', label: '全文', current: 'true' }],
  );
  assert.deepEqual(page.pagination, {
    prev: { href: '/part-1/', label: '一、第1部分' },
    next: { href: '/part-3/', label: '三、第3部分' },
  });
  assert.deepEqual(route('/part-1/').pagination.prev, undefined);
  assert.deepEqual(route('/part-3/').pagination.next, undefined);
});

test("a part page's sidebar lists every part and only its own entries, its part marked current", () => {
  const { sidebar } = route('/part-2/');
  assert.deepEqual(
    sidebar.map((entry) => [entry.href, entry.current, entry.entries.length]),
    [
      ['/part-1/', false, 0],
      ['/part-2/', true, 2],
      ['/part-3/', false, 0], // its section is listed on its own page
    ],
  );
  const [relationship, section] = sidebar[1]!.entries;
  assert.deepEqual(
    [relationship, section].map((entry) => [entry!.kind, entry!.href, entry!.label]),
    [
      ['relationship', '/part-2/#2-r1', '一是甲。'],
      ['section', '/part-2/#2-1', '第一，乙。'],
    ],
  );
  assert.deepEqual(
    section!.entries.map((item) => [item.kind, item.href]),
    [
      ['item', '/part-2/#2-1-1'],
      ['item', '/part-2/#2-1-2'],
    ],
  );
});

test('on the full text the sidebar lists every entry and points into the page; the header marks it as the page', () => {
  const page = route('/full/');
  assert.equal(page.page, 'full');
  assert.deepEqual(
    page.sidebar.map((entry) => [entry.href, entry.current, entry.entries.length]),
    [
      ['#part-1', false, 0],
      ['#part-2', false, 2],
      ['#part-3', false, 1],
    ],
  );
  assert.equal(page.sidebar[1]!.entries[1]!.entries[0]!.href, '#2-1-1');
  assert.deepEqual(
    page.siteNav.filter((link) => link.current),
    [{ href: '/full/', label: '全文', current: 'page' }],
  );
  assert.deepEqual(page.pagination, {});
});

test('the home page is titled by the speech alone, has no trail, and counts the outline in its description', () => {
  const page = route('/');
  assert.equal(page.page, 'home');
  assert.equal(page.title, '讲话的标题');
  assert.equal(page.name, '讲话的标题');
  assert.deepEqual(page.breadcrumb, []);
  assert.match(page.description, /^讲话全文与目录：3个部分、2个“第X”小节、1个关系、2个“X是”条目/);
  assert.deepEqual(
    page.siteNav.map((link) => [link.label, link.current]),
    [
      ['目录', 'page'],
      ['全文', undefined],
      ['结构图', undefined],
      ['行动方案要点', undefined],
      ['关键词', undefined],
      ['编辑说明', undefined],
      ['摘抄本', undefined],
      ['自测', undefined],
    ],
  );
});

test("a page's name is one string: its title, its trail, its heading and its entry in the header agree", () => {
  for (const path of ['plan/', 'terms/', 'editorial/', 'notes/', 'practice/']) {
    const page = route(`/${path}`);
    const nav = page.siteNav.find((link) => link.current === 'page');
    assert.equal(nav?.href, `/${path}`);
    assert.equal(page.breadcrumb.at(-1)?.label, page.name);
    assert.equal(nav?.label, page.name);
    assert.equal(page.title, `${page.name}｜讲话的标题`);
  }
  assert.equal(route('/search/').name, '搜索');
  assert.equal(
    route('/search/').siteNav.some((link) => link.current),
    false,
  );
});

test('under a sub-path every address carries the path, and the page is found below it', () => {
  const page = route('/speech/part-2/', '/speech/');
  assert.equal(page.part, parts[1]);
  assert.equal(page.canonical, 'https://example.org/speech/part-2/');
  assert.equal(page.breadcrumb[0]?.href, '/speech/');
  assert.equal(page.pagination.next?.href, '/speech/part-3/');
  assert.equal(page.sidebar[1]?.entries[0]?.href, '/speech/part-2/#2-r1');
  assert.ok(page.siteNav.every((link) => link.href.startsWith('/speech/')));
});

test('an address that is no page of the site gets the 404 page, kept out of search engines', () => {
  const page = route('/part-9/');
  assert.equal(page.page, 'notFound');
  assert.equal(page.name, '找不到该页面');
  assert.equal(page.unlisted, true);
  assert.equal(route('/404/').page, 'notFound');
});

test('Highwire tags carry only the facts the metadata gives, dates written with slashes', () => {
  assert.deepEqual(route('/').highwire, []);
  const page = routeData({
    speech: { ...speech, metadata: { speaker: '某某', date: '2024-01-04', page: '1, 3', publisherCity: '沈阳' } },
    pathname: '/',
    site: 'https://example.org',
    url: at('/'),
  });
  assert.deepEqual(page.highwire, [
    ['citation_author', '某某'],
    ['citation_date', '2024/01/04'],
    ['citation_firstpage', '1'],
  ]);
});

test('摘抄本 and 心得提纲 name each saved passage by its paragraph, section and page, under any base', () => {
  const p1 = { id: 'p1', place: '一、', label: '甲。', number: 1, text: '甲。' };
  const section = { id: '1-1', number: 1, place: '一、第一', label: '第一，乙。', items: [] };
  const withBlocks: Speech = {
    ...speech,
    outline: {
      ...speech.outline,
      parts: [
        part(1, {
          paragraphs: [p1],
          sections: [section],
          blocks: [
            { line: 1, kind: 'section', section },
            { line: 2, kind: 'paragraph', paragraph: p1 },
          ],
        }),
      ],
    },
  };
  const notes = (pathname: string, base = '/') =>
    routeData({ speech: withBlocks, pathname, site: 'https://example.org', url: at(base) }).notes;
  const expected = {
    p1: {
      path: '/speech/part-1/',
      number: 1,
      place: '一、 · 第1段',
      part: '一、第1部分',
      section: '第一，乙。',
      text: '甲。',
    },
  };
  assert.deepEqual(notes('/speech/notes/', '/speech/')?.paragraphs, expected);
  assert.deepEqual(notes('/speech/notes/outline/', '/speech/')?.paragraphs, expected);
  assert.equal(notes('/notes/')?.facts.title, '讲话的标题');
  assert.equal(notes('/part-1/'), undefined);
});
