import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { useSite } from '../helpers/setup.ts';
import { standInForSpeech, withoutSpeech, type Asked } from '../helpers/speech-engine.ts';
import { sentences } from '../../src/read-aloud/sentences.ts';
import { RATES } from '../../src/read-aloud/voice.ts';

// The speech engine is a stand-in (tests/helpers/speech-engine.ts): headless Chromium has no voices. Everything
// else (the page, 朗读's code, the highlight, the scrolling, the storage) is the real build in a real browser.
const session = useSite();
const PHONE: BrowserContextOptions = { viewport: { width: 375, height: 812 }, hasTouch: true, isMobile: true };

async function open(path: string, options: BrowserContextOptions = PHONE, engine = standInForSpeech): Promise<Page> {
  const context = await session.browser.newContext(options);
  await engine(context);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  Object.assign(page, { errors });
  await page.goto(`${session.site.origin}${path}`);
  return page;
}
const errorsOf = (page: Page) => (page as Page & { errors: string[] }).errors;

// Without the empty utterance spoken in the reader's first tap (Safari on iOS allows speech only after one).
const asked = async (page: Page) =>
  (await page.evaluate(() => (window as unknown as { __engine: { asked: Asked[] } }).__engine.asked)).filter(
    (a) => a.text !== '',
  );
const spoken = async (page: Page) => (await asked(page)).filter((a) => a.kind === 'speak');
/** Ends the utterance being spoken, once there is one. */
async function finish(page: Page) {
  await page.waitForFunction(() => (window as unknown as { __engine: { speaking: boolean } }).__engine.speaking);
  await page.evaluate(() => (window as unknown as { __engine: { finish: () => boolean } }).__engine.finish());
}
/** Waits until the engine has been asked to speak `count` utterances in all. */
const untilSpoken = (page: Page, count: number) =>
  page.waitForFunction(
    (count) =>
      (window as unknown as { __engine: { asked: Asked[] } }).__engine.asked.filter((a) => a.kind === 'speak' && a.text)
        .length >= count,
    count,
  );

/** The sentences a paragraph is read in, from its text on the page. */
const sentencesOf = async (page: Page, id: string) => {
  const text = await page.locator(`[id="${id}"]`).evaluate((p) => p.textContent ?? '');
  return sentences(text).map((s) => text.slice(s.start, s.end));
};

/** The sentence marked as being read, and whether it lies on screen between the header and 朗读's bar. */
const marked = (page: Page) =>
  page.evaluate(() => {
    const range = [...(CSS.highlights.get('read-aloud') ?? [])][0] as Range | undefined;
    if (!range) return { text: '', inView: false };
    const box = range.getBoundingClientRect();
    const top = document.querySelector('.site-header')!.getBoundingClientRect().bottom;
    const bar = document.querySelector('read-aloud')!.getBoundingClientRect().top;
    return { text: range.toString(), inView: box.top >= top && box.bottom <= bar };
  });

async function fromParagraph(page: Page, id: string) {
  await page.locator(`#${id} .paragraph-number`).click();
  await page.getByRole('button', { name: '从这里朗读' }).click();
}

test('从这里朗读 on paragraph 12 of /part-2/ reads its sentences in order, one utterance each, marked and in view, then paragraph 13', async () => {
  const page = await open('/part-2/');
  await fromParagraph(page, 'p12');
  const p12 = await sentencesOf(page, 'p12');
  const p13 = await sentencesOf(page, 'p13');
  assert.ok(p12.length >= 4, `${p12.length} sentences`);
  for (const [i, sentence] of p12.entries()) {
    await untilSpoken(page, i + 1);
    assert.equal((await spoken(page))[i]?.text, sentence, `sentence ${i + 1} of p12`);
    assert.deepEqual(await marked(page), { text: sentence, inView: true }, `sentence ${i + 1} is marked and in view`);
    await finish(page);
  }
  await untilSpoken(page, p12.length + 1);
  const all = await spoken(page);
  assert.equal(all[p12.length]?.text, p13[0], 'then the first sentence of p13');
  assert.ok(
    all.every((a) => a.lang === 'zh-CN' && a.voice === 'Test 普通话'),
    'a zh-CN voice, chosen by its language',
  );
  assert.ok(
    all.every((a) => (a.text?.length ?? 0) <= 50),
    'no utterance longer than 50 characters',
  );
  assert.equal((await asked(page))[0]?.kind, 'cancel', 'the engine is cancelled before the first sentence');
  // The text's DOM is untouched: the paragraph's markup is what the server sent.
  assert.equal(await page.locator('#p12 mark, #p12 span').count(), 0);
  assert.deepEqual(errorsOf(page), []);
  await page.context().close();
});

test('pause, resume, stop and the three speeds change what the engine is asked', async () => {
  const page = await open('/part-2/');
  await fromParagraph(page, 'p12');
  await untilSpoken(page, 1);
  await finish(page);
  await untilSpoken(page, 2);
  const second = (await spoken(page))[1]!.text;
  const bar = page.getByRole('region', { name: '朗读' });
  await bar.getByRole('button', { name: '暂停' }).tap();
  let log = await asked(page);
  assert.equal(log.at(-1)?.kind, 'cancel', 'pause cancels the utterance');
  assert.equal(await bar.getByRole('button', { name: '继续' }).count(), 1);
  await bar.getByRole('button', { name: '继续' }).tap();
  await untilSpoken(page, 3);
  assert.equal((await spoken(page))[2]?.text, second, 'resume speaks the paused sentence again, from its start');
  for (const [label, speed] of [
    ['快', 'fast'],
    ['慢', 'slow'],
    ['中', 'normal'],
  ] as const) {
    const before = (await spoken(page)).length;
    await bar.getByRole('button', { name: label, exact: true }).tap();
    await untilSpoken(page, before + 1);
    const last = (await spoken(page)).at(-1)!;
    assert.equal(last.rate, RATES[speed], `${label}: rate ${RATES[speed]}`);
    assert.equal(last.text, second, `${label}: the same sentence again at the new speed`);
  }
  const before = (await asked(page)).length;
  await bar.getByRole('button', { name: '停止' }).tap();
  log = await asked(page);
  assert.deepEqual(
    log.slice(before).map((a) => a.kind),
    ['cancel'],
    'stop cancels and asks for nothing more',
  );
  assert.equal(await bar.isVisible(), false, 'the bar closes');
  assert.equal(await page.evaluate(() => CSS.highlights.has('read-aloud')), false, 'no sentence stays marked');
  await page.context().close();
});

test('after a reload, 朗读 starts again at the sentence where it stopped', async () => {
  const page = await open('/part-2/');
  await fromParagraph(page, 'p12');
  for (let i = 0; i < 2; i++) {
    await untilSpoken(page, i + 1);
    await finish(page);
  }
  await untilSpoken(page, 3);
  const third = (await spoken(page))[2]!.text;
  await page.reload();
  await page.locator('.read-open').tap();
  await untilSpoken(page, 1);
  assert.equal((await spoken(page))[0]?.text, third, 'the third sentence of p12, where it stopped');
  assert.equal((await marked(page)).text, third);
  await page.context().close();
});

test('朗读 from the header starts at the paragraph at the eye line, and 阅读辅助线 follows the sentence being read', async () => {
  const page = await open('/part-2/', { viewport: { width: 1280, height: 900 } });
  await page.evaluate(() => localStorage.setItem('guide', 'on'));
  await page.reload();
  await page.locator('#p20').evaluate((p) => scrollTo(0, scrollY + p.getBoundingClientRect().top - 80));
  await page.locator('.read-open').click();
  await untilSpoken(page, 1);
  const first = (await spoken(page))[0]!.text!;
  const where = await page.evaluate((text) => {
    const header = document.querySelector('.site-header')!.getBoundingClientRect().bottom;
    const line = header + (innerHeight - header) / 4;
    const block = [...document.querySelectorAll('[data-speech] :is(h2, h3, .paragraph)')].find((p) =>
      p.textContent?.includes(text),
    )!;
    const box = block.getBoundingClientRect();
    return { id: block.id, top: box.top, bottom: box.bottom, line };
  }, first);
  assert.ok(
    where.top <= where.line + 40 && where.bottom > where.line,
    `${where.id} spans the eye line ${where.line}: ${JSON.stringify(where)}`,
  );
  assert.equal(first, (await sentencesOf(page, where.id))[0], 'from its first sentence');
  const [guide, sentence] = await page.evaluate(() => [
    document.querySelector('.reading-guide')!.getBoundingClientRect().top,
    ([...(CSS.highlights.get('read-aloud') ?? [])][0] as Range).getBoundingClientRect().top,
  ]);
  assert.ok(Math.abs(guide! - sentence!) <= 8, `the guide at ${guide}, the sentence at ${sentence}`);
  await page.context().close();
});

test('at the end of the page 朗读 offers the next part', async () => {
  const page = await open('/part-4/#p46', PHONE);
  await fromParagraph(page, 'p46');
  const count = (await sentencesOf(page, 'p46')).length;
  for (let i = 0; i < count; i++) {
    await untilSpoken(page, i + 1);
    await finish(page);
  }
  await page.getByRole('region', { name: '朗读' }).getByText('本页读完了').waitFor();
  // Part 四 is the last: it has no next part, so the bar only says it is done; part 一 offers part 二.
  await page.context().close();
  const first = await open('/part-1/', PHONE);
  const last = await first.locator('[data-speech] .paragraph').last().getAttribute('id');
  await fromParagraph(first, last!);
  const sentencesLeft = (await sentencesOf(first, last!)).length;
  for (let i = 0; i < sentencesLeft; i++) {
    await untilSpoken(first, i + 1);
    await finish(first);
  }
  const next = first.getByRole('region', { name: '朗读' }).getByRole('link', { name: /下一部分/ });
  await next.waitFor();
  assert.match((await next.getAttribute('href')) ?? '', /\/part-2\/$/);
  await first.context().close();
});

test('without speechSynthesis, 朗读 says that this browser cannot read aloud and points to the screen reader; nothing throws', async () => {
  const page = await open('/part-2/', PHONE, withoutSpeech);
  await page.locator('.read-open').tap();
  const bar = page.getByRole('region', { name: '朗读' });
  await bar.getByText('这个浏览器不能朗读').waitFor();
  assert.match((await bar.textContent()) ?? '', /读屏|TalkBack|旁白/);
  await bar.getByRole('button', { name: '关闭朗读' }).tap();
  assert.equal(await bar.isVisible(), false);
  assert.deepEqual(errorsOf(page), []);
  await page.context().close();
});

test('朗读 works from the keyboard alone: Shift+R reads, pauses and resumes, Shift+S changes the speed, Shift+L the captions, Shift+X stops', async () => {
  const page = await open('/part-2/', { viewport: { width: 1280, height: 900 } });
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+R');
  await untilSpoken(page, 1);
  const first = (await spoken(page))[0]!;
  assert.equal(
    first.text,
    (await sentencesOf(page, 'part-2'))[0],
    'from the top of the page: the part’s heading first',
  );
  await page.keyboard.press('Shift+R');
  // The key reaches 朗读 through the controls module's promise: wait for the engine's call, not for a fixed moment.
  await page
    .waitForFunction(
      () => (window as unknown as { __engine: { asked: Asked[] } }).__engine.asked.at(-1)?.kind === 'cancel',
    )
    .catch(() => {});
  assert.equal((await asked(page)).at(-1)?.kind, 'cancel', 'Shift+R pauses');
  await page.keyboard.press('Shift+R');
  await untilSpoken(page, 2);
  assert.equal((await spoken(page))[1]?.text, first.text, 'Shift+R resumes at the same sentence');
  await page.keyboard.press('Shift+S');
  await untilSpoken(page, 3);
  assert.equal((await spoken(page))[2]?.rate, RATES.fast, 'Shift+S: 中 → 快');
  await page.keyboard.press('Shift+L');
  await page.locator('read-aloud[data-captions] .read-caption').waitFor();
  await page.keyboard.press('Shift+L');
  await page.locator('read-aloud:not([data-captions])').waitFor();
  await page.keyboard.press('Shift+X');
  await page.locator('read-aloud').waitFor({ state: 'hidden' });
  await page.context().close();
});
