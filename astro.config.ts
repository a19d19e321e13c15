import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkCjkFriendly from 'remark-cjk-friendly';
import { speechPaths } from './src/speech/paths.ts';
import remarkSpeech from './src/speech/remark-speech.ts';
import hosting from './src/integrations/hosting.ts';
import siteCheck from './src/integrations/site-check.ts';
import pagefind from './src/integrations/pagefind.ts';
import offline from './src/integrations/offline.ts';

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://speech.example.org',
  // A sub-path such as /speech/ for hosting below a site's root (see the README).
  base: process.env.BASE_PATH ?? '/',
  outDir: process.env.OUT_DIR ?? './dist',
  trailingSlash: 'always',
  markdown: {
    // GFM and SmartyPants would rewrite characters of the speech; only CJK-friendly emphasis is wanted.
    processor: unified({
      gfm: false,
      smartypants: false,
      remarkPlugins: [remarkCjkFriendly, [remarkSpeech, speechPaths]],
    }),
  },
  // offline comes last: it lists every file the others write, the search index included.
  integrations: [mdx(), siteCheck(), hosting(), pagefind(), offline()],
  // Styles stay external too: the policy allows styles only from the site itself.
  build: { inlineStylesheets: 'never' },
  vite: {
    // Scripts stay external files, however small: the Content-Security-Policy allows no inline script.
    build: { assetsInlineLimit: (file: string) => (file.endsWith('.js') ? false : undefined) },
  },
});
