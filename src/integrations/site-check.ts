import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { visit } from 'unist-util-visit';
import { ContentError, throwAll } from '../speech/errors.ts';
import { stopOnContentError } from './stop.ts';
import { siteBase } from './base.ts';
import { pageTree } from './page-tree.ts';

export interface BuiltPage {
  /** The file as an editor finds it: dist/part-2/index.html. */
  file: string;
  /** The path a browser asks for, below the site's base: part-2/ for part-2/index.html. */
  path: string;
  html: string;
}

interface Page {
  file: string;
  path: string;
  ids: Set<string>;
  links: { href: string; line: number }[];
}

/** A page's ids and its links with their lines (repeated ids are html-validate's no-dup-id, in the tests). */
function readPage({ file, path, html }: BuiltPage): Page {
  const page: Page = { file, path, ids: new Set(), links: [] };
  visit(pageTree(html), 'element', (node) => {
    const { id, href } = node.properties;
    if (typeof id === 'string') page.ids.add(id);
    if (node.tagName === 'a' && typeof href === 'string')
      page.links.push({ href, line: node.position?.start.line ?? 0 });
  });
  return page;
}

/** Finds links to pages or fragments that are not in the built site. */
export function checkSite(pages: BuiltPage[], base = '/'): ContentError[] {
  const read = pages.map(readPage);
  const byPath = new Map(read.map((p) => [p.path, p]));
  const origin = 'http://site.invalid';
  const errors: ContentError[] = [];
  for (const page of read) {
    for (const { href, line } of page.links) {
      const target = new URL(href, `${origin}${base}${page.path}`);
      if (target.origin !== origin) continue;
      if (!target.pathname.startsWith(base)) {
        errors.push(new ContentError(page.file, line, `the link "${href}" leaves the site's base ${base}`));
        continue;
      }
      const path = decodeURI(target.pathname.slice(base.length));
      const linked = byPath.get(path);
      const fragment = decodeURIComponent(target.hash.slice(1).split(':~:')[0]!);
      if (!linked) {
        if (!/\.[a-z]+$/.test(path))
          errors.push(new ContentError(page.file, line, `the link "${href}" points to a page that is not in the site`));
      } else if (fragment && !linked.ids.has(fragment)) {
        errors.push(
          new ContentError(
            page.file,
            line,
            `the link "${href}" points to #${fragment}, which is not on ${linked.file}`,
          ),
        );
      }
    }
  }
  return errors;
}

function htmlFiles(folder: string): string[] {
  // Pagefind writes its own folder while the checks run; it holds no page.
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter(
    (f) => f.endsWith('.html') && !f.startsWith('pagefind/'),
  );
}

/** Reads every built page and fails on broken internal links. */
export function checkFolder(folder: string, base = '/'): ContentError[] {
  const pages = htmlFiles(folder).map((file) => ({
    file: join(relative(process.cwd(), folder), file),
    path: file.replace(/index\.html$/, ''),
    html: readFileSync(join(folder, file), 'utf8'),
  }));
  return checkSite(pages, base);
}

/** Astro integration: after the build, no page may link to something that is not there. */
export default function siteCheck(): AstroIntegration {
  let base = '/';
  return {
    name: 'site-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = siteBase(config);
      },
      'astro:build:done': ({ dir, logger }) => {
        const folder = fileURLToPath(dir);
        stopOnContentError(() => throwAll(checkFolder(folder, base)));
        logger.info(`${htmlFiles(folder).length} pages: no broken internal link`);
      },
    },
  };
}
