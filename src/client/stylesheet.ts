/**
 * Adds a stylesheet of the site's own (once) and settles when it applies, loaded or not: code loaded later brings its
 * styles this way, so that the pages do not list them and the browser fetches them only when that code runs.
 */
export function stylesheet(href: string): Promise<void> {
  let link = document.querySelector<HTMLLinkElement>(`link[href="${href}"]`);
  if (!link) {
    link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href });
    document.head.append(link);
  }
  if (link.sheet) return Promise.resolve();
  const added = link;
  return new Promise((resolve) => {
    added.addEventListener('load', () => resolve(), { once: true });
    added.addEventListener('error', () => resolve(), { once: true });
  });
}
