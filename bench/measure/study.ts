import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { formatBytes as b, formatMs as ms, formatTable, gzipSize, median } from '../lib.ts';
import { loadSpeech } from '../../src/speech/load.ts';
import { speechPaths } from '../../src/speech/paths.ts';
import { STORAGE_KEYS } from '../../src/shell/storage.ts';

const STORE_KEY = STORAGE_KEYS.studyRecords;
import { quoteOf, STYLES, type StudyRecord } from '../../src/study/model.ts';

// The study tools' figures: what their code weighs when fetched, and the main thread's time to restore and paint
// 300 saved passages on /part-2/ and to render 摘抄本 with 300 entries.

export interface StudyFigures {
  studyGzip: number;
  studyCssGzip: number;
  notesGzip: number;
  docxGzip: number;
  /** Medians, ms: the script (read, anchor, register) and the whole main thread (Chromium's TaskDuration) until painted. */
  restore: { script: number; mainThread: number };
  notes: { script: number; mainThread: number };
}

/** The gzip of the built chunks whose names start with these prefixes, summed. */
const chunk = (dist: string, prefixes: string[], ext = '.js') =>
  readdirSync(join(dist, '_astro'))
    .filter((f) => prefixes.some((prefix) => f.startsWith(prefix)) && f.endsWith(ext))
    .reduce((sum, name) => sum + gzipSize(readFileSync(join(dist, '_astro', name))), 0);

/** 300 passages of 4–20 characters spread over the given paragraphs, as a reader who studied them would have. */
function records(parts: number[]): StudyRecord[] {
  const paragraphs = loadSpeech(speechPaths)
    .outline.parts.filter((p) => parts.includes(p.number))
    .flatMap((p) => p.paragraphs);
  const now = new Date().toISOString();
  return Array.from({ length: 300 }, (_, i) => {
    const paragraph = paragraphs[i % paragraphs.length]!;
    const length = 4 + (i % 17);
    const slots = Math.max(1, Math.floor([...paragraph.text].length / 24));
    const start = (Math.floor(i / paragraphs.length) % slots) * 24;
    return {
      id: `bench-${i}`,
      paragraph: paragraph.id,
      ...quoteOf(paragraph.text, start, Math.min(start + length, [...paragraph.text].length)),
      kind: i % 5 === 4 ? 'excerpt' : 'highlight',
      style: STYLES[i % 3]!,
      note: i % 2 ? '这一句要结合本单位实际来学习。' : '',
      created: now,
      updated: now,
    };
  });
}

/** Runs `action` in the page and gives its script time and the main thread's time until two frames later. */
async function timed(page: Page, action: string): Promise<{ script: number; mainThread: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const task = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')!.value * 1000;
  const before = await task();
  const script = await page.evaluate(
    (action) =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        new Function(action)();
        const spent = performance.now() - start;
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(spent)));
      }),
    action,
  );
  const mainThread = (await task()) - before;
  await cdp.detach();
  return { script, mainThread };
}

// A change to the records in "another tab": the page reads them again, finds each passage and paints them all.
const STORAGE_EVENT = `dispatchEvent(new StorageEvent('storage', { key: ${JSON.stringify(STORE_KEY)} }))`;

export async function measureStudy(
  browser: Browser,
  origin: string,
  dist: string,
  runs: number,
): Promise<StudyFigures> {
  const restore: { script: number; mainThread: number }[] = [];
  const notes: { script: number; mainThread: number }[] = [];
  for (let run = 0; run < runs; run++) {
    for (const [path, parts, into] of [
      ['/part-2/', [2], restore],
      ['/notes/', [1, 2, 3, 4], notes],
    ] as const) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const saved = JSON.stringify(records([...parts]));
      await context.addInitScript(
        ([key, value]) => {
          if (!localStorage.getItem(key!)) localStorage.setItem(key!, value!);
        },
        [STORE_KEY, saved],
      );
      const page = await context.newPage();
      await page.goto(`${origin}${path}`);
      if (path === '/part-2/') {
        await page.mouse.move(300, 300);
        await page.waitForFunction(() => CSS.highlights.size > 0);
        // Cleared, so that the measured repaint registers every highlight anew.
        await page.evaluate(() => CSS.highlights.clear());
      } else await page.locator('.notes-entry').first().waitFor();
      await page.waitForTimeout(300);
      into.push(await timed(page, STORAGE_EVENT));
      await context.close();
    }
  }
  const medians = (list: { script: number; mainThread: number }[]) => ({
    script: median(list.map((f) => f.script)),
    mainThread: median(list.map((f) => f.mainThread)),
  });
  return {
    // What the first selection fetches beyond the controls: the bar's code and the store and model it shares with 摘抄本.
    studyGzip: chunk(dist, ['study.', 'study-store.']),
    studyCssGzip: chunk(dist, ['study.'], '.css'),
    notesGzip: chunk(dist, ['notes.astro', 'study-store.', 'keys.', 'dom.']),
    docxGzip: chunk(dist, ['notes-docx-worker']),
    restore: medians(restore),
    notes: medians(notes),
  };
}

export function studyTable(s: StudyFigures): string {
  return formatTable(
    ['study tools', 'figure'],
    [
      ['study code (first selection, or saved passages): bar, store, model; gzip', b(s.studyGzip)],
      ['its stylesheet, gzip', b(s.studyCssGzip)],
      ['摘抄本 page script with the chunks it shares, gzip', b(s.notesGzip)],
      ['.docx writer (docx library in a worker, fetched when asked), gzip', b(s.docxGzip)],
      ['restore + paint 300 passages on /part-2/: script', ms(s.restore.script)],
      ['  main thread until painted (TaskDuration)', ms(s.restore.mainThread)],
      ['render 摘抄本 with 300 entries: script', ms(s.notes.script)],
      ['  main thread until painted (TaskDuration)', ms(s.notes.mainThread)],
    ],
  );
}
