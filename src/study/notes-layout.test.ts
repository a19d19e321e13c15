import { test } from 'node:test';
import assert from 'node:assert/strict';
import mammoth from 'mammoth';
import { notesLayout, toMarkdown, toText } from './notes-layout.ts';
import { toDocx } from './browser/notes-docx.ts';
import type { Entry } from './export.ts';
import type { StudyRecord } from './model.ts';
import { studyStringsHant } from '../i18n/zh-Hant.ts';

const record = { kind: 'highlight', style: '直线', exact: '遼寧振興', note: '先工業' } as StudyRecord;
const entry = (fields: Partial<StudyRecord>): Entry => ({
  record: { ...record, ...fields },
  info: { page: 'https://example.org/zh-Hant/part-2/', number: 12, place: '二、第一 · 第12段', part: '二', text: '' },
  permalink: 'https://example.org/zh-Hant/part-2/#p12',
  citation: '講話[EB/OL].',
  day: '2026-12-04',
});

test('on the Traditional edition the .txt, .md and .docx of 学习笔记 write the same Traditional labels', async () => {
  const blocks = notesLayout(
    [entry({}), entry({ kind: 'excerpt', note: '' })],
    { title: '講話', name: '張三', date: '2026-12-05' },
    studyStringsHant,
  );
  const docx = Buffer.from(await (await toDocx(blocks, '講話')).arrayBuffer());
  const files = {
    txt: toText(blocks),
    md: toMarkdown(blocks),
    docx: (await mammoth.extractRawText({ buffer: docx })).value,
  };
  for (const [kind, text] of Object.entries(files)) {
    for (const label of [
      '《講話》學習筆記',
      '姓名：張三',
      '日期：2026-12-05',
      '劃線（直線）',
      '摘抄',
      '想法：先工業',
      '出處：講話',
      '連結：',
    ])
      assert.ok(text.includes(label), `${kind} holds ${label}`);
    for (const simplified of ['学习笔记', '划线', '出处', '链接'])
      assert.ok(!text.includes(simplified), `${kind}: ${simplified}`);
  }
});
