const added = new Map<string, Promise<void>>();

/**
 * Adds a stylesheet of the site's own (once) and settles when it applies, loaded or not: code loaded later brings its
 * styles this way, so that the pages do not list them and the browser fetches them only when that code runs. A
 * stylesheet that failed is removed and tried again on the next call.
 */
export function stylesheet(href: string): Promise<void> {
  let applied = added.get(href);
  if (applied) return applied;
  // Not dom.ts's build(): this runs before the first move, and importing dom.ts here would move it and the icons'
  // paths into site.ts's bundle (+488 B gzip of a 2,000 B budget). Handler properties: fewer bytes than listeners.
  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
  added.set(
    href,
    (applied = new Promise<void>((resolve) => {
      link.onload = () => resolve();
      link.onerror = () => {
        link.remove();
        added.delete(href);
        resolve();
      };
    })),
  );
  document.head.append(link);
  return applied;
}
