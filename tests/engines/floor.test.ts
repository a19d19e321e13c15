import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  closeClean,
  firstMove,
  headerOpaque,
  landsOn,
  open,
  selectWords,
  shotOf,
  studyStyled,
  until,
  useBuild,
  useEngine,
} from '../helpers/engines/reader.ts';
import { enginesToRun } from '../helpers/engines/tab.ts';
import { changedPixels } from '../helpers/png.ts';

// The older-iPhone floor: WPE WebKit 2.38 (about Safari 16) stands in for the iPhones that cannot take Safari 17,
// where 关怀模式's readers are likeliest. Its view is fixed at 800 × 600.
const build = useBuild();

for (const name of enginesToRun(['wpe'])) {
  describe(`the older-iPhone floor in ${name}`, () => {
    const browser = useEngine(name);

    test('the 关怀模式 button shows and works', async () => {
      const tab = await open(browser.engine, build.site, '/part-2/');
      await tab.click('.care-switch');
      await until(tab, () => document.documentElement.dataset.care === 'on');
      assert.ok(await tab.run(() => parseFloat(getComputedStyle(document.getElementById('p12')!).fontSize) >= 20));
      await closeClean(tab, build.site);
    });

    test('the header is opaque over the text', async () => {
      const tab = await open(browser.engine, build.site, '/part-2/');
      assert.equal(await headerOpaque(tab), 0, 'no text shows through the header');
      await closeClean(tab, build.site);
    });

    test('/part-2/#p22:~:text=优化-,营商环境,-。优 lands with p22 on screen', async () => {
      const tab = await open(browser.engine, build.site, '/part-2/#p22:~:text=优化-,营商环境,-。优');
      await landsOn(tab, 'p22');
      await closeClean(tab, build.site);
    });

    test('直线 on a selection is either seen after a reload or the bar says plainly that highlights cannot be kept', async () => {
      const tab = await open(browser.engine, build.site, '/part-2/');
      await firstMove(tab);
      const before = await shotOf(tab, '#p12');
      await selectWords(tab, 'p12', '辽宁振兴首先要工业振兴');
      await until(tab, () => !!document.querySelector('selection-bar .study-actions, selection-bar .study-status'));
      const said = await tab.run(() => document.querySelector('selection-bar')!.textContent ?? '');
      if (!said.includes('直线')) {
        assert.match(said, /不能|无法/, 'the bar says the highlights cannot be kept');
        return closeClean(tab, build.site);
      }
      await tab.click('selection-bar .study-actions button', '直线');
      await until(tab, () => /已划线/.test(document.querySelector('selection-bar .study-status')?.textContent ?? ''));
      await tab.reload();
      await firstMove(tab);
      await studyStyled(tab);
      assert.ok(changedPixels(before, await shotOf(tab, '#p12')) > 40, '直线 is seen in #p12');
      await closeClean(tab, build.site);
    });
  });
}
