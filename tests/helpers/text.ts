import type { Page } from 'playwright-core';

/**
 * The speech's text as the reader sees it on a page: every element marked data-speech, in document order,
 * leaving out editorial additions (data-editorial) except the source marks they quote (data-source).
 */
export function speechText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [];
    for (const root of document.querySelectorAll('[data-speech]')) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        // Line breaks between block elements are markup, not text.
        if (/^\s*\n\s*$/.test(node.textContent ?? '')) continue;
        const parent = node.parentElement!;
        if (parent.closest('[data-editorial]') && !parent.closest('[data-source]')) continue;
        parts.push(node.textContent ?? '');
      }
    }
    return parts.join('');
  });
}
