// Vite wraps every dynamic import in a preload helper of 2.4 KB (0.6 KB gzip, a third of the script run before the
// reader's first move) that fetches a chunk's imports beside it and links its CSS. Our chunks import no CSS (each
// feature links its stylesheet itself, src/shell/stylesheet.ts), so a helper of a few lines does the same work.
import type { Plugin } from 'vite';

const HELPER = '\0vite/preload-helper.js';

/** The helper: each dep (a path below the site's base) as a modulepreload link, then the import itself. */
export const preloadHelper = (base: string) =>
  `export const __vitePreload = (load, deps) => {
  for (const dep of deps ?? []) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.href = ${JSON.stringify(base)} + dep;
    document.head.append(link);
  }
  return load();
};`;

interface Output {
  type: string;
  fileName: string;
  viteMetadata?: { importedCss: Set<string> };
}

/** The chunks that bring CSS with them: the small helper would not link it. */
export const chunksWithCss = (bundle: Record<string, Output>) =>
  Object.values(bundle)
    .filter((chunk) => chunk.type === 'chunk' && chunk.viteMetadata?.importedCss.size)
    .map((chunk) => chunk.fileName);

/** Serves the small helper in place of Vite's (the first plugin to load a module wins), and fails a build it can't serve. */
export default function lightPreload(base: string): Plugin {
  return {
    name: 'speech:light-preload',
    enforce: 'pre',
    // The pages' own build (prerendering) imports CSS in its chunks, and runs no preload in a browser.
    applyToEnvironment: (environment) => environment.config.consumer === 'client',
    load: {
      filter: { id: new RegExp(`^${HELPER.replace(/[.\\/]/g, '\\$&')}$`) },
      handler: () => preloadHelper(base),
    },
    generateBundle(_, bundle) {
      const css = chunksWithCss(bundle);
      if (css.length)
        this.error(`${css.join(', ')} import CSS: link it with stylesheet() (src/shell/stylesheet.ts) instead`);
    },
  };
}
