import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentSecurityPolicyHeader } from '../site/security.ts';
import { siteBase } from './base.ts';

/** The file @astrojs/sitemap writes at the base: an index of its sitemap files. */
const SITEMAP = 'sitemap-index.xml';

/**
 * Writes what a static host needs beside the pages: robots.txt pointing to the sitemap (written by @astrojs/sitemap),
 * and _headers with the same Content-Security-Policy the pages carry (plus what only a header can say), for hosts
 * that read one.
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
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        writeFileSync(
          `${out}/robots.txt`,
          `User-agent: *\nAllow: /\n\nSitemap: ${new URL(`${base}${SITEMAP}`, site).href}\n`,
        );
        writeFileSync(
          `${out}/_headers`,
          `${base}*\n  Content-Security-Policy: ${contentSecurityPolicyHeader}\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: strict-origin-when-cross-origin\n`,
        );
      },
    },
  };
}
