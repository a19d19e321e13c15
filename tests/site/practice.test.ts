import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { useSite } from '../helpers/setup.ts';
import { axeViolations } from '../helpers/axe.ts';
import { THEMES } from '../../src/preferences/preferences.ts';
import { checkPractice } from '../../src/practice/integration.ts';
import { builtSpeech } from '../../src/practice/built-speech.ts';
import { checkQuestions, readQuestions } from '../../src/practice/fidelity.ts';

// 自测 through the UI (src/practice/): the session on a phone, the 错题本 kept on the device, answers typed in either
// script, the page without scripts, both editions, axe in every scheme; and the build's fidelity check on the output.

const session = useSite();
const PHONE: BrowserContextOptions = { viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true };
const SCHEMES = THEMES.filter((theme) => theme !== 'system');

async function phone(path = '/practice/') {
  const context = await session.browser.newContext(PHONE);
  const page = await context.newPage();
  await page.goto(`${session.site.origin}${path}`);
  // The reader's first move: the session's code comes with the controls.
  await page.locator('h1').tap();
  await page.locator('practice-session form').waitFor();
  return { context, page };
}

/** Starts a session by its 题数 and 范围 labels. */
async function start(page: Page, count: string, scope: string) {
  await page.locator('practice-session label', { hasText: new RegExp(`^${count}$`) }).tap();
  await page.locator('practice-session label', { hasText: scope }).first().tap();
  await page.locator('practice-session button[type=submit]').tap();
  return page.locator('.practice-question').waitFor();
}

/** The question on screen, with its answers as the printable list gives them. */
async function current(page: Page) {
  const id = (await page.locator('.practice-question').getAttribute('data-id'))!;
  const item = page.locator(`#q-${id}`);
  return {
    id,
    kind: (await item.getAttribute('data-kind'))!,
    answers: await item.locator('[data-answer]').allTextContents(),
    correct: await item.locator('[data-correct]').allTextContents(),
    options: await item.locator('[data-option]').allTextContents(),
    link: (await item.locator('[data-link]').getAttribute('href'))!,
  };
}

/** Answers the question on screen, right or wrong, with large taps and typing; then 提交. */
async function answer(page: Page, right: boolean) {
  const q = await current(page);
  if (q.kind === 'fill') {
    const blanks = page.locator('.practice-question input[data-blank]');
    for (let i = 0; i < q.answers.length; i++) await blanks.nth(i).fill(right ? q.answers[i]! : '错');
  } else {
    const chosen = right ? q.correct : [q.options.find((o) => !q.correct.includes(o))!];
    for (const option of chosen) await page.locator('.practice-option', { hasText: option }).first().tap();
  }
  await page.locator('.practice-actions button[type=submit]').tap();
  await page.locator('.practice-verdict').waitFor();
  return q;
}

test('a 10-question session on a 375 px phone: a hint, two wrong answers, the score, the missed questions and their links; a reload keeps the 错题本 and a review asks them again', async () => {
  const { context, page } = await phone();
  await start(page, '10', '全文');
  const missed: { id: string; link: string }[] = [];
  for (let i = 0; i < 10; i++) {
    if (i === 0) {
      await page.locator('.practice-actions button', { hasText: '提示' }).tap();
      await page.locator('.practice-hint').filter({ hasText: '提示' }).waitFor();
    }
    const q = await answer(page, i !== 3 && i !== 6);
    const verdict = await page.locator('.practice-verdict').textContent();
    if (i === 0) assert.equal(verdict, '答对了（用了提示）。');
    if (i === 3 || i === 6) {
      missed.push(q);
      assert.match(verdict!, /^答错了。正确答案：/);
    }
    // After each answer: the sentence with its answers marked, and the link to its paragraph.
    assert.equal(await page.locator('.practice-result .practice-place').first().getAttribute('href'), q.link);
    await page.locator('.practice-result button').tap();
  }
  await page.locator('.practice-score').waitFor();
  assert.equal(await page.locator('.practice-score').textContent(), '答对8题，共10题；其中用了提示的1题。');
  assert.deepEqual(
    await page
      .locator('.practice-missed .practice-place')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
    missed.map((q) => q.link),
  );
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 375, `the page is ${width} px wide`);

  await page.reload();
  await page.locator('h1').tap();
  const review = page.locator('practice-session button', { hasText: '复习错题（2题）' });
  await review.tap();
  const asked: string[] = [];
  for (let i = 0; i < 2; i++) {
    asked.push((await answer(page, true)).id);
    await page.locator('.practice-result button').tap();
  }
  assert.deepEqual(asked.sort(), missed.map((q) => q.id).sort());
  await page.locator('.practice-score').waitFor();
  await page.reload();
  await page.locator('h1').tap();
  await page.locator('practice-session form').waitFor();
  assert.equal(await page.locator('practice-session button', { hasText: '复习错题' }).count(), 0);
  await context.close();
});

/** A session of part 一 until its 填空 comes (its one sentence is asked as 填空 or 单选, at random). */
async function fillOfPartOne(page: Page) {
  for (let tries = 0; tries < 40; tries++) {
    await start(page, '10', '一、');
    if ((await current(page)).kind === 'fill') return;
    await answer(page, true);
    await page.locator('.practice-result button').tap();
    await page.locator('.practice-score').waitFor();
    await page.locator('practice-session button', { hasText: /再做一[组組]/ }).tap();
  }
  throw new Error('no 填空 came');
}

for (const edition of ['/', '/zh-Hant/'])
  test(`填空 on ${edition}practice/ accepts 军令状 / 軍令狀 and spaced forms in either edition, and refuses a different character`, async () => {
    const { context, page } = await phone(`${edition}practice/`);
    const blanks = page.locator('.practice-question input[data-blank]');
    for (const [typed, right] of [
      [['催征鼓', '軍令狀', ' 遼老大 '], true],
      [['催征鼓', '军令状', '辽老大'], true],
      [['催征鼓', '军令壮', '辽老大'], false],
    ] as const) {
      await fillOfPartOne(page);
      for (let i = 0; i < 3; i++) await blanks.nth(i).fill(typed[i]!);
      await page.locator('.practice-actions button[type=submit]').tap();
      const verdict = await page.locator('.practice-verdict').textContent();
      assert.match(verdict!, right ? /^答[对對]了/ : /^答[错錯]了/, typed.join('/'));
      await page.locator('.practice-result button').tap();
      await page.locator('.practice-score').waitFor();
      await page.locator('practice-session button', { hasText: /再[做]一[组組]/ }).tap();
    }
    await context.close();
  });

test('without scripts, /practice/ lists every question with its answer and place behind <details>', async () => {
  const context = await session.browser.newContext({ ...PHONE, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${session.site.origin}/practice/`);
  const questions = page.locator('[data-question]');
  assert.equal(await questions.count(), 190);
  assert.equal(await page.locator('.question-answer[open]').count(), 0);
  assert.equal(await page.locator('[data-answer]').first().isVisible(), false);
  await page.locator('.question-answer summary').first().tap();
  assert.equal(await page.locator('[data-answer]').first().isVisible(), true);
  assert.match((await page.locator('.lede').textContent())!, /据原文生成的自测，非官方试题/);
  await context.close();
});

test('the navigation of every page leads to 自测 in both editions', async () => {
  const context = await session.browser.newContext(PHONE);
  const page = await context.newPage();
  for (const [path, label] of [
    ['/part-2/', '自测'],
    ['/zh-Hant/part-2/', '自測'],
  ] as const) {
    await page.goto(`${session.site.origin}${path}`);
    const href = await page.locator('.site-nav a, nav a', { hasText: label }).first().getAttribute('href');
    assert.equal(href, path.startsWith('/zh-Hant/') ? '/zh-Hant/practice/' : '/practice/');
  }
  await context.close();
});

test('axe finds nothing on /practice/ (the list, 背诵 open, a question, an answer) in every 配色 scheme, with and without 关怀模式', async () => {
  for (const scheme of SCHEMES)
    for (const care of [false, true]) {
      const context = await session.browser.newContext({ ...PHONE, bypassCSP: true });
      await context.addInitScript(
        ({ scheme, care }) => {
          localStorage.setItem('theme', scheme);
          if (care) localStorage.setItem('care', 'on');
        },
        { scheme, care },
      );
      const page = await context.newPage();
      await page.goto(`${session.site.origin}/practice/`);
      await page.locator('h1').tap();
      await page.locator('practice-session form').waitFor();
      assert.deepEqual(await axeViolations(page), [], `setup (${scheme}${care ? ', 关怀模式' : ''})`);
      await start(page, '10', '全文');
      assert.deepEqual(await axeViolations(page), [], `question (${scheme}${care ? ', 关怀模式' : ''})`);
      await answer(page, false);
      assert.deepEqual(await axeViolations(page), [], `answer (${scheme}${care ? ', 关怀模式' : ''})`);
      if (care) {
        const small = await page.evaluate(
          () =>
            [...document.querySelectorAll('practice-session button, practice-session a')]
              .map((e) => e.getBoundingClientRect())
              .filter((r) => r.height < 60).length,
        );
        assert.equal(small, 0, '关怀模式: every target of the session is 60 px high or more');
      }
      await context.close();
    }
});

test('the session’s code is fetched on /practice/ only, after the reader’s first move', async () => {
  const context = await session.browser.newContext(PHONE);
  const page = await context.newPage();
  const fetched: string[] = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto(`${session.site.origin}/part-2/`);
  await page.locator('h1').tap();
  await page.waitForLoadState('networkidle');
  const sessionChunk = (path: string) => /\/_astro\/start\.[\w-]+\.js$/.test(path);
  assert.equal(fetched.filter(sessionChunk).length, 0, 'not on a part page');
  await page.goto(`${session.site.origin}/practice/`);
  await page.waitForLoadState('networkidle');
  assert.equal(fetched.filter(sessionChunk).length, 0, 'not before the first move');
  await page.locator('h1').tap();
  await page.locator('practice-session form').waitFor();
  assert.equal(fetched.filter(sessionChunk).length, 1);
  await context.close();
});

test('the build proves every published question of both editions; an edited option in the output fails the check', () => {
  assert.deepEqual(checkPractice('dist', '/'), []);
  const page = readFileSync('dist/practice/index.html', 'utf8');
  const edited = page.replace('<li data-option>一带一路</li>', '<li data-option>一带一路建设</li>');
  assert.notEqual(edited, page);
  const problems = checkQuestions(readQuestions(edited), builtSpeech('dist', '/'));
  assert.match(problems.join('\n'), /“一带一路建设” is not in the speech/);
});

test('背诵 on p12 at 375 px: all hidden, 首字, a character revealed by a tap, 显示一句, all shown; hidden characters are announced by count; the next visit shows p12 whole', async () => {
  const context = await session.browser.newContext(PHONE);
  const page = await context.newPage();
  await page.goto(`${session.site.origin}/practice/#recite-p12`);
  await page.locator('h1').tap();
  const body = page.locator('practice-recite .recite-text');
  await body.locator('p').first().waitFor();
  const p12 = (await page.evaluate(() => {
    const table = JSON.parse(document.querySelector('practice-recite')!.getAttribute('data-paragraphs')!);
    return table.p12.lines[0] as string;
  }))!;
  assert.ok(p12.startsWith('工业是辽宁的命脉，辽宁振兴首先要工业振兴。'));
  // What is seen: the words with each hidden character as □.
  const seen = () =>
    body.evaluate((e) =>
      [...e.querySelectorAll('p')]
        .map((p) =>
          [...p.childNodes]
            .map((n) => (n instanceof HTMLElement ? n.querySelector('[aria-hidden]')!.textContent : n.textContent))
            .join(''),
        )
        .join(''),
    );
  const hiddenCount = async () => [...(await seen())].filter((c) => c === '□').length;
  assert.equal([...(await seen())].length, [...p12].length);
  assert.match(await seen(), /^□{8}，□{11}。/);
  const allHidden = await hiddenCount();
  // Announced as hidden: the button's name is its count, and the □ are not read.
  assert.equal(await body.locator('.recite-gap').first().getAttribute('title'), '显示这里的一个字');
  assert.equal(
    await body
      .locator('.recite-gap')
      .first()
      .evaluate((b) => b.textContent),
    '□□□□□□□□（隐藏8字）',
  );
  await page.locator('practice-recite label', { hasText: '首字' }).tap();
  assert.match(await seen(), /^工□{7}，辽□{10}。/);
  await body.locator('.recite-gap').first().tap();
  assert.match(await seen(), /^工业□{6}，辽/);
  await page.locator('practice-recite button', { hasText: '显示一句' }).tap();
  assert.match(await seen(), /^工业是辽宁的命脉，辽□{10}。/);
  assert.ok((await hiddenCount()) < allHidden);
  await page.locator('practice-recite button', { hasText: '全部显示' }).tap();
  assert.equal(await seen(), p12);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 375, `the page is ${width} px wide`);
  // The next visit: the speech's page shows p12 whole, and 背诵 starts again from its own choice, nothing kept.
  await page.goto(`${session.site.origin}/part-2/#p12`);
  assert.equal((await page.locator('#p12').textContent())!.includes(p12), true);
  await page.goto(`${session.site.origin}/practice/#recite-p12`);
  await page.locator('h1').tap();
  await body.locator('p').first().waitFor();
  assert.match(await seen(), /^□{8}，/);
  await context.close();
});

test('背诵 of a run of items: the first item is shown and cues the next, which are hidden', async () => {
  const context = await session.browser.newContext(PHONE);
  const page = await context.newPage();
  await page.goto(`${session.site.origin}/practice/#recite-run-p2`);
  await page.locator('h1').tap();
  const lines = page.locator('practice-recite .recite-text p');
  await lines.first().waitFor();
  assert.equal(await lines.count(), 4);
  assert.equal(await lines.first().textContent(), '一是要把握好“质”与“量”的关系。');
  assert.match((await lines.nth(1).textContent())!, /^□{6}（隐藏6字）“□（隐藏1字）”/);
  await context.close();
});

test('摘抄本’s backup carries the 错题本: a miss on one phone comes back for review on another after the import', async () => {
  const { context, page } = await phone();
  await start(page, '10', '全文');
  const missed = await answer(page, false);
  await page.goto(`${session.site.origin}/notes/`);
  await page.locator('h1').tap();
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export="json"]').tap()]);
  const backup = readFileSync((await file.path())!);
  const parsed = JSON.parse(backup.toString()) as {
    version: number;
    practice: { entries: Record<string, { missed: boolean }> };
  };
  assert.equal(parsed.version, 4);
  assert.equal(parsed.practice.entries[missed.id]?.missed, true);
  await context.close();

  const fresh = await session.browser.newContext(PHONE);
  const freshPage = await fresh.newPage();
  await freshPage.goto(`${session.site.origin}/notes/`);
  await freshPage
    .locator('#notes-import')
    .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: backup });
  await freshPage.locator('.notes-status', { hasText: '自测的错题本和复习记录已合并。' }).waitFor();
  await freshPage.goto(`${session.site.origin}/practice/`);
  await freshPage.locator('h1').tap();
  await freshPage.locator('practice-session button', { hasText: '复习错题（1题）' }).tap();
  assert.equal((await current(freshPage)).id, missed.id);
  await fresh.close();
});

test('the Anki deck is served beside /practice/, and each cloze’s full text is in the speech’s plain text', async () => {
  const deck = await (await fetch(`${session.site.origin}/practice/deck.txt`)).text();
  const speech = await (await fetch(`${session.site.origin}/speech.txt`)).text();
  const [separator, , notetype, deckName, tags, ...notes] = deck.trimEnd().split('\n');
  assert.deepEqual(
    [separator, notetype, deckName, tags],
    ['#separator:tab', '#notetype:Cloze', '#deck:辽宁讲话::自测', '#tags column:3'],
  );
  assert.equal(notes.length, 62);
  for (const note of notes) {
    const [cloze = '', back = ''] = note.split('\t');
    assert.ok(speech.includes(cloze.replace(/\{\{c\d+::([^}]*)\}\}/g, '$1')), cloze);
    assert.match(back, /^出处：\S+ https:\/\/speech\.example\.org\/part-\d\/#p\d+$/);
  }
});
