/** What Pagefind tells about one page: where its query words are, and where each element with an id begins (in words). */
export interface WordMatches {
  locations: number[];
  anchors: { id: string; location: number }[];
}

/**
 * The blocks Pagefind matched word by word, best first: each word location is given to the last searchable
 * block that begins at or before it; blocks already found literally are left out.
 */
export function relatedBlocks(pages: WordMatches[], searchable: Set<string>, found: Set<string>, limit = 8): string[] {
  const hits = new Map<string, number>();
  for (const page of pages) {
    const starts = page.anchors.filter((a) => searchable.has(a.id)).sort((a, b) => a.location - b.location);
    for (const location of page.locations) {
      const block = starts.findLast((a) => a.location <= location);
      if (block && !found.has(block.id)) hits.set(block.id, (hits.get(block.id) ?? 0) + 1);
    }
  }
  return [...hits]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([id]) => id);
}
