import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { createRequire } from 'node:module';

// Astro loads a TypeScript config through a Vite dev server that transforms every module the config imports, again
// in each build; Node 24 runs our TypeScript as it is, so the site's own modules are required natively (0.45 s a build).
const {
  speechPaths,
  speechMarkdown,
  contentCheck,
  traditional,
  traditionalPages,
  siteCheck,
  outputGate,
  hosting,
  phraseData,
  pagefind,
  offline,
  practice,
  lightPreload,
} = createRequire(import.meta.url)('./src/config-plugins.ts') as typeof import('./src/config-plugins.ts');
const site = process.env.SITE_URL ?? 'https://speech.example.org';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  // A sub-path such as /speech/ for hosting below a site's root (see the README).
  base,
  outDir: process.env.OUT_DIR ?? './dist',
  trailingSlash: 'always',
  markdown: {
    syntaxHighlight: false,
    // Astro's unified pipeline (its default processor runs no remark or rehype plugin): see src/speech/markdown.ts.
    processor: speechMarkdown(speechPaths),
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
    // Every question of 自测, read back from both editions' pages and proved against the built speech.
    practice(),
    // The pages only (it leaves out 404 and endpoints such as speech.txt), and no namespace the site has no use for.
    // The Traditional edition's pages are written after Astro's, so the sitemap is told them (customPages).
    sitemap({
      namespaces: { news: false, xhtml: false, image: false, video: false },
      customPages: traditionalPages(site, base, speechPaths),
    }),
    hosting(),
    phraseData(),
    pagefind(),
    offline(),
  ],
  // Styles stay external too: the policy allows styles only from the site itself.
  build: { inlineStylesheets: 'never' },
  vite: {
    plugins: [lightPreload(base)],
    // Scripts stay external files, however small: the Content-Security-Policy allows no inline script.
    build: {
      // Styles reach back to Safari 16 (iOS 16, the older iPhones 关怀模式 is for): Lightning CSS writes media ranges
      // as min-/max-width and light-dark() as variables switched by color-scheme, which Safari before 17.5 lacks.
      cssTarget: ['chrome111', 'edge111', 'firefox114', 'safari16', 'ios16'],
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
