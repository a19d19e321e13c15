import type { AstroConfig } from 'astro';

/** The site's base path as the integrations join it with page paths: always ending in a slash. */
export const siteBase = (config: AstroConfig): string => (config.base.endsWith('/') ? config.base : `${config.base}/`);
