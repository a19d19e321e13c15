// Reads a text fragment (`#p22:~:text=prefix-,start,end,-suffix`) for engines that do not: before Safari 16.1 (and in
// WPE WebKit 2.38) the whole fragment is taken as an id that matches nothing, and the page stays at its top.

/** One `text=` directive, its terms decoded: the words are `start` (to `end`, when given), with optional context. */
export interface TextDirective {
  prefix?: string;
  start: string;
  end?: string;
  suffix?: string;
}

/** The element id before `:~:` (empty for a bare fragment) and each `text=` directive after it. */
export function parseTextFragment(hash: string): { id: string; directives: TextDirective[] } | undefined {
  const at = hash.indexOf(':~:');
  if (at === -1) return undefined;
  const id = safeDecode(hash.slice(hash.startsWith('#') ? 1 : 0, at));
  const directives = hash
    .slice(at + 3)
    .split('&')
    .filter((part) => part.startsWith('text='))
    .map((part) => directive(part.slice(5).split(',').map(safeDecode)))
    .filter((found): found is TextDirective => Boolean(found));
  return { id: id ?? '', directives };
}

const safeDecode = (term: string) => {
  try {
    return decodeURIComponent(term);
  } catch {
    return undefined;
  }
};

function directive(terms: (string | undefined)[]): TextDirective | undefined {
  if (terms.some((term) => term === undefined)) return undefined;
  const parts = terms as string[];
  const prefix = parts[0]?.endsWith('-') ? parts.shift()!.slice(0, -1) : undefined;
  const suffix = parts.at(-1)?.startsWith('-') ? parts.pop()!.slice(1) : undefined;
  const [start, end] = parts;
  if (!start || parts.length > 2) return undefined;
  return { prefix, start, end, suffix };
}

/** Where the directive's words are in `text`, [start, end), the first match that has its context; none if absent. */
export function findDirective(text: string, { prefix = '', start, end, suffix = '' }: TextDirective) {
  for (let at = text.indexOf(prefix + start); at !== -1; at = text.indexOf(prefix + start, at + 1)) {
    const from = at + prefix.length;
    let to = from + start.length;
    if (end) {
      const last = text.indexOf(end, to);
      if (last === -1) return undefined;
      to = last + end.length;
    }
    if (text.startsWith(suffix, to)) return [from, to] as [number, number];
  }
  return undefined;
}
