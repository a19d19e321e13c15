/** The name the header shows on a phone: the title's own last words, never words of ours. */
export const SHORT_TITLE = '中国式现代化辽宁新篇章';

/** The short name, checked against the title so that an edited title cannot leave a stale one behind. */
export function shortTitle(title: string, short = SHORT_TITLE): string {
  if (!title.endsWith(short))
    throw new Error(`src/site/short-title.ts: “${short}” is not the end of the title “${title}”`);
  return short;
}
