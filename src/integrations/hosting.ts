import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentSecurityPolicyHeader } from '../site/security.ts';
import { siteBase } from './base.ts';
import { HANT_PREFIX } from '../traditional/edition.ts';

/** sitemap.xml of every page, in the order Astro built them. */
export function sitemap(urls: string[]): string {
  const entries = urls.map((loc) => `  <url><loc>${loc}</loc></url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries}\n</urlset>\n`;
}

/**
 * Writes what a static host needs beside the pages: sitemap.xml, robots.txt pointing to it, and _headers with the
 * same Content-Security-Policy the pages carry (plus what only a header can say), for hosts that read one.
 */
export default function hosting(): AstroIntegration {
  let site = '';
  let base = '/';
  return {
    name: 'hosting',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? '';
        base = siteBase(config);
      },
      'astro:build:done': ({ dir, pages }) => {
        const out = fileURLToPath(dir);
        // Both editions: each page, then its Traditional twin (written by the traditional integration).
        const urls = pages
          .filter((p) => !p.pathname.startsWith('404') && /(^|\/)$/.test(p.pathname))
          .flatMap((p) => [`${base}${p.pathname}`, `${base}${HANT_PREFIX}${p.pathname}`])
          .map((path) => new URL(path, site).href);
        writeFileSync(`${out}/sitemap.xml`, sitemap(urls));
        writeFileSync(
          `${out}/robots.txt`,
          `User-agent: *\nAllow: /\n\nSitemap: ${new URL(`${base}sitemap.xml`, site).href}\n`,
        );
        writeFileSync(
          `${out}/_headers`,
          `${base}*\n  Content-Security-Policy: ${contentSecurityPolicyHeader}\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n`,
        );
      },
    },
  };
}
