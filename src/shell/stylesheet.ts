import dialogStyles from '../search/search-dialog.css?url';

const added = new Map<string, Promise<void>>();

/**
 * Adds a stylesheet of the site's own (once) and settles when it applies, loaded or not: code loaded later brings its
 * styles this way, so that the pages do not list them and the browser fetches them only when that code runs. A
 * stylesheet that failed is removed and tried again on the next call.
 */
export function stylesheet(href: string): Promise<void> {
  let applied = added.get(href);
  if (applied) return applied;
  // Not dom.ts's build(): this small chunk comes with search's first load, before dom.ts and its icons are needed.
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

/** The styles of search's dialog and of a landing from a result (its bar), which the pages do not link. */
export const searchStyles = () => stylesheet(dialogStyles);
