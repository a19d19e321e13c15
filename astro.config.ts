import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkCjkFriendly from 'remark-cjk-friendly';
import { createRequire } from 'node:module';

// Astro loads a TypeScript config through a Vite dev server that transforms every module the config imports, again
// in each build; Node 24 runs our TypeScript as it is, so the site's own modules are required natively (0.45 s a build).
const {
  speechPaths,
  remarkSpeech,
  contentCheck,
  traditional,
  siteCheck,
  outputGate,
  hosting,
  phraseData,
  pagefind,
  offline,
} = createRequire(import.meta.url)('./src/build.ts') as typeof import('./src/build.ts');

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://speech.example.org',
  // A sub-path such as /speech/ for hosting below a site's root (see the README).
  base: process.env.BASE_PATH ?? '/',
  outDir: process.env.OUT_DIR ?? './dist',
  trailingSlash: 'always',
  markdown: {
    // GFM and SmartyPants would rewrite characters of the speech; only CJK-friendly emphasis is wanted.
    syntaxHighlight: false,
    processor: unified({
      gfm: false,
      smartypants: false,
      remarkPlugins: [remarkCjkFriendly, [remarkSpeech, speechPaths]],
    }),
  },
  // offline comes last: it lists every file the others write, the search index and phrase data included.
  integrations: [
    // First: its corrections are checked before anything is printed, and its twins are written before the site's
    // checks, which then read both editions.
    traditional(speechPaths),
    contentCheck(speechPaths),
    mdx(),
    siteCheck(),
    outputGate(speechPaths),
    hosting(),
    phraseData(),
    pagefind(),
    offline(),
  ],
  // Styles stay external too: the policy allows styles only from the site itself.
  build: { inlineStylesheets: 'never' },
  vite: {
    // Scripts stay external files, however small: the Content-Security-Policy allows no inline script.
    build: {
      assetsInlineLimit: (file: string) => (file.endsWith('.js') ? false : undefined),
      rolldownOptions: {
        onLog(level, log, handler) {
          // Astro marks each chapter's asset module with "use astro:head-inject" and reads the mark itself before
          // bundling; the bundler dropping it afterwards changes nothing, so its warning would only teach us to skim.
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use astro:head-inject"')) return;
          handler(level, log);
        },
      },
    },
  },
});
