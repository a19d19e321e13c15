// The site's own build modules, in one place for astro.config.ts, which requires them natively (see there why).
export { speechPaths } from './speech/paths.ts';
export { speechMarkdown } from './speech/markdown.ts';
export { default as contentCheck } from './integrations/content-check.ts';
export { default as siteCheck } from './integrations/site-check.ts';
export { default as outputGate } from './integrations/output-gate.ts';
export { default as hosting } from './integrations/hosting.ts';
export { default as phraseData } from './integrations/phrase-data.ts';
export { default as pagefind } from './integrations/pagefind.ts';
export { default as offline } from './integrations/offline.ts';
export { default as traditional, traditionalPages } from './integrations/traditional.ts';
export { default as practice } from './practice/integration.ts';
export { default as lightPreload } from './integrations/preload.ts';
