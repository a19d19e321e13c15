import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { closeClean, open, shotOf, until, useBuild, useEngine } from '../helpers/engines/reader.ts';
import { changedPixels, type Pixels } from '../helpers/png.ts';
import { enginesToRun, type Tab } from '../helpers/engines/tab.ts';
import type { Asked } from '../helpers/speech-engine.ts';
import { sentences } from '../../src/read-aloud/sentences.ts';

// 朗读 in every engine, through the stand-in at the speechSynthesis boundary (tests/helpers/speech-engine.ts), which
// the test server puts into each page before the page's own scripts: no engine here has voices.
const build = useBuild();

const spoken = (tab: Tab) =>
  tab.run(() =>
    (window as unknown as { __engine: { asked: Asked[] } }).__engine.asked
      .filter((a) => a.kind === 'speak' && a.text)
      .map((a) => a.text!),
  );

for (const name of enginesToRun(['chromium', 'firefox', 'webkit'])) {
  describe(`朗读 in ${name}`, () => {
    const browser = useEngine(name);

    test('从这里朗读 on paragraph 12 reads its sentences in order, the one being read marked on screen', async () => {
      build.site.speech = true;
      try {
        const tab = await open(browser.engine, build.site, '/part-2/');
        let reading: Pixels | undefined;
        const text = await tab.run(() => document.getElementById('p12')!.textContent!);
        const expected = sentences(text).map((s) => text.slice(s.start, s.end));
        await tab.click('#p12 .paragraph-number');
        await tab.click('button', '从这里朗读');
        for (const [i, sentence] of expected.slice(0, 3).entries()) {
          await until(
            tab,
            (count: number) =>
              (window as unknown as { __engine: { asked: Asked[] } }).__engine.asked.filter(
                (a) => a.kind === 'speak' && a.text,
              ).length > count,
            i,
          );
          assert.equal((await spoken(tab))[i], sentence, `sentence ${i + 1}`);
          const marked = await until(tab, () => {
            const range = [...(CSS.highlights?.get('read-aloud') ?? [])][0] as Range | undefined;
            const mark = document.querySelector('mark.read-aloud, .read-aloud-sentence');
            const box = (range ?? mark)?.getBoundingClientRect();
            return box && box.top >= 0 && box.bottom <= innerHeight && (range?.toString() ?? mark?.textContent);
          });
          assert.equal(marked, sentence, 'the sentence being read is marked, on screen');
          if (i === 0) reading = await shotOf(tab, '#p12');
          await until(tab, () =>
            (window as unknown as { __engine: { speaking: boolean; finish: () => boolean } }).__engine.finish(),
          );
        }
        await tab.click('read-aloud button[data-read="stop"]');
        await until(tab, () => !CSS.highlights?.get('read-aloud')?.size && !document.querySelector('mark.read-aloud'));
        const stopped = await shotOf(tab, '#p12');
        assert.ok(changedPixels(reading!, stopped) > 40, 'the sentence read was seen marked');
        await closeClean(tab, build.site);
      } finally {
        build.site.speech = false;
      }
    });
  });
}
