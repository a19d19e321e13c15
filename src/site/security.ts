import { createHash } from 'node:crypto';
import { prePaintScript } from '../preferences/preferences.ts';

/** The one inline script (the saved choices, before the first paint), allowed by its SHA-256 and nothing else inline. */
export const prePaintHash = `'sha256-${createHash('sha256').update(prePaintScript()).digest('base64')}'`;

/**
 * The site's Content-Security-Policy: everything from the site itself, one inline script allowed by its hash, nothing
 * from elsewhere.
 * Pagefind compiles its WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
 * The same policy goes into every page's <meta> and into dist/_headers for hosts that read one.
 */
export const policy: Record<string, string> = {
  'default-src': "'self'",
  'script-src': `'self' ${prePaintHash} 'wasm-unsafe-eval'`,
  'style-src': "'self'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'self'",
  // The service worker (sw.js) and the web app manifest, both from the site itself.
  'worker-src': "'self'",
  'manifest-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
};

/** Directives a <meta> policy may not carry; they only work as a header. */
export const headerOnly: Record<string, string> = { 'frame-ancestors': "'none'" };

const serialise = (directives: Record<string, string>) =>
  Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');

export const contentSecurityPolicy = serialise(policy);
export const contentSecurityPolicyHeader = serialise({ ...policy, ...headerOnly });
