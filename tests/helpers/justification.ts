import type { Page } from 'playwright-core';

export interface Spread {
  /** Justified lines of the speech's paragraphs (last lines, which are not justified, left out). */
  lines: number;
  /** Lines where two neighbouring Han characters stand further apart than `limit` of the font size. */
  gapped: { text: string; spread: number }[];
}

/**
 * Measures, through a DOM Range over each character (its box after justification), how far justification spreads
 * the Han characters of the speech's lines: the advance from one Han character to the next, minus one em.
 */
export function measureSpread(page: Page, limit = 0.06): Promise<Spread> {
  return page.evaluate((limit) => {
    const han = /\p{Script=Han}/u;
    let lines = 0;
    const gapped: { text: string; spread: number }[] = [];
    for (const paragraph of document.querySelectorAll<HTMLElement>('[data-speech] .paragraph')) {
      const size = parseFloat(getComputedStyle(paragraph).fontSize);
      const boxes: { char: string; left: number; top: number }[] = [];
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        if (node.parentElement?.closest('cite-tools, selection-bar, .paragraph-number, .permalink')) continue;
        for (let i = 0; i < node.length; i++) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          if (rect) boxes.push({ char: node.data[i] ?? '', left: rect.left, top: Math.round(rect.top) });
        }
      }
      const byLine = new Map<number, typeof boxes>();
      for (const box of boxes) byLine.set(box.top, [...(byLine.get(box.top) ?? []), box]);
      const all = [...byLine.values()];
      const rows = all.slice(0, -1);
      for (const [at, row] of rows.entries()) {
        lines++;
        let spread = 0;
        for (let i = 1; i < row.length; i++) {
          const [a, b] = [row[i - 1], row[i]];
          if (a && b && han.test(a.char) && han.test(b.char))
            spread = Math.max(spread, (b.left - a.left - size) / size);
        }
        const next = all[at + 1]?.[0]?.char ?? '';
        if (spread > limit)
          gapped.push({ text: `${row.map((b) => b.char).join('')}|${next}`, spread: Math.round(spread * 100) / 100 });
      }
    }
    return { lines, gapped };
  }, limit);
}
