import type { Page } from 'playwright-core';

/** Selects words in a paragraph as a phone does: a DOM Range put in the selection (which fires selectionchange). */
/** Runs in the page: puts the words (their `occurrence`-th time in the paragraph) in the selection as a DOM Range. */
export function selectInPage(id: string, words: string, occurrence = 0) {
  const paragraph = document.getElementById(id)!;
  const text = paragraph.textContent!;
  let at = -1;
  for (let n = 0; n <= occurrence; n++) at = text.indexOf(words, at + 1);
  if (at < 0) throw new Error(`“${words}” is not in #${id}`);
  const position = (offset: number): [Node, number] => {
    const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
    let before = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = (node as Text).length;
      if (offset < before + length) return [node, offset - before];
      before += length;
    }
    throw new Error('offset past the paragraph');
  };
  const range = document.createRange();
  range.setStart(...position(at));
  const [endNode, endOffset] = position(at + words.length - 1);
  range.setEnd(endNode, endOffset + 1);
  getSelection()!.removeAllRanges();
  getSelection()!.addRange(range);
}

/** Selects words in a paragraph as a phone does: a DOM Range put in the selection (which fires selectionchange). */
export async function selectWords(page: Page, id: string, words: string, occurrence = 0) {
  await page.evaluate(`(${selectInPage})(${JSON.stringify(id)}, ${JSON.stringify(words)}, ${occurrence})`);
}

/** The words each study highlight paints on the page, by highlight name (the Custom Highlight API's registry). */
export const paintedWords = (page: Page) =>
  page.evaluate(() =>
    Object.fromEntries(
      [...CSS.highlights].map(([name, highlight]) => [
        name,
        [...highlight].map((range) => {
          const live = document.createRange();
          live.setStart(range.startContainer, range.startOffset);
          live.setEnd(range.endContainer, range.endOffset);
          return `${(live.startContainer.parentElement!.closest('.paragraph') as HTMLElement).id}:${live.toString()}`;
        }),
      ]),
    ),
  );

/** Waits for the selection bar with its study buttons. */
export const barShown = (page: Page) => page.locator('selection-bar .study-actions').waitFor({ state: 'visible' });

/** The centre of the words' first box on screen, for a tap or click. */
export const pointOf = (page: Page, id: string, words: string) =>
  page.evaluate(
    ({ id, words }) => {
      const paragraph = document.getElementById(id)!;
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf(words);
        if (at < 0) continue;
        node.parentElement!.scrollIntoView({ block: 'center', behavior: 'instant' });
        const range = document.createRange();
        range.setStart(node, at + 1);
        range.setEnd(node, at + 2);
        const box = range.getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }
      throw new Error(`“${words}” is not in one text node of #${id}`);
    },
    { id, words },
  );

/**
 * Through the selection bar: `first` words highlighted in `style`, then `second` words as 波浪线 with `note` written
 * in the editor, each waited for until the page says it is saved.
 */
export async function highlightAndNote(
  page: Page,
  [id, words, style]: [string, string, string],
  [noteId, noteWords, note]: [string, string, string],
) {
  await selectWords(page, id, words);
  await barShown(page);
  await page.locator('selection-bar .study-style', { hasText: style }).click();
  await page.locator('selection-bar .study-status', { hasText: '已划线' }).waitFor();
  await selectWords(page, noteId, noteWords);
  await barShown(page);
  await page.locator('selection-bar button', { hasText: '写想法' }).click();
  const editor = page.locator('.study-editor');
  await editor.locator('button', { hasText: '波浪线' }).click();
  await editor.locator('textarea').fill(note);
  await editor.locator('button', { hasText: '保存想法' }).click();
  await editor.locator('.study-status', { hasText: '已保存' }).waitFor();
}

/** Through the selection bar: the words kept as an excerpt (摘抄), waited for until the page says it is saved. */
export async function excerptWords(page: Page, id: string, words: string) {
  await selectWords(page, id, words);
  await barShown(page);
  await page.locator('selection-bar button[data-study="excerpt"]', { hasText: '摘抄' }).click();
  await page.locator('selection-bar .study-status', { hasText: '已摘抄到摘抄本' }).waitFor();
}
