/** A path on this site, below the configured base (so the site also works under a sub-path). */
export function url(path = ''): string {
  return `${import.meta.env.BASE_URL.replace(/\/$/, '')}/${path.replace(/^\//, '')}`;
}

/** The page that shows a part alone. */
export const partUrl = (slug: string) => url(`${slug}/`);
