import { t } from '../i18n/zh-CN.ts';
import type { Speech } from '../speech/load.ts';
import type { Metadata } from '../speech/metadata.ts';
import type { Outline, Part } from '../speech/outline.ts';
import {
  onPartPageAt,
  onThisPage,
  outlineCounts,
  paragraphSpan,
  type Link,
  type OutlineHref,
  type SitePath,
} from './navigation.ts';
import { speechMap, type MapPart } from '../map/map.ts';
import { notesData, type NotesData } from './notes.ts';
import { mapFormulas, type MapFormula } from '../map/formulas.ts';

/** The site's own pages (besides the parts' pages): where each is below the base, and whether the site's navigation lists it. */
export const PAGES = {
  home: { path: '', nav: true },
  full: { path: 'full/', nav: true },
  map: { path: 'map/', nav: true },
  plan: { path: 'plan/', nav: true },
  terms: { path: 'terms/', nav: true },
  editorial: { path: 'editorial/', nav: true },
  notes: { path: 'notes/', nav: true },
  practice: { path: 'practice/', nav: true },
  draft: { path: 'notes/outline/', nav: false },
  accessibility: { path: 'accessibility/', nav: false },
  search: { path: 'search/', nav: false },
  notFound: { path: '404/', nav: false },
} as const satisfies Record<string, { path: string; nav: boolean }>;

type Page = keyof typeof PAGES;
const pages = () => Object.keys(PAGES) as Page[];
export type PageName = Page | 'part';

/** A page's name, from the string table: the one spelling of its title, breadcrumb, heading and navigation entry. */
export const pageName = (page: Page) => t(`page.${page}` as const);

/** An entry of the site's navigation; `current` is 'page' on that page, 'true' on a part page for 全文 (the text). */
export interface NavLink extends Link {
  current?: 'page' | 'true';
}

/** An entry of a table of contents, with the entries under it (none when they are not listed). */
export interface OutlineEntry extends Link {
  kind: 'part' | 'relationship' | 'section' | 'item';
  /** The part this page shows. */
  current: boolean;
  entries: OutlineEntry[];
  /** A part's paragraphs, first-last (2-28): what 学习记录 counts its paragraphs read out of. */
  paragraphs?: string;
}

/** Everything the layout and a page render about the page itself, besides its own text. */
export interface Route {
  page: PageName;
  /** The part this page shows alone. */
  part?: Part;
  /** The page's name: its heading, og:title; the speech's title on the home page. */
  name: string;
  /** The document's title: the page's name, then the speech's title. */
  title: string;
  description: string;
  /** The page's full address (also printed in its footer). */
  canonical: string;
  /** A page with no address of its own (404): no canonical or og:url, and kept out of search engines. */
  unlisted: boolean;
  /** Highwire tags, which reference managers (Zotero, EndNote) read: only the facts the editors' metadata gives. */
  highwire: [name: string, content: string][];
  /** 目录 › this page; empty on the home page. */
  breadcrumb: Link[];
  siteNav: NavLink[];
  /** The sidebar's table of contents: on a part page that part's entries, on /full/ every entry, in the page. */
  sidebar: OutlineEntry[];
  /** The parts before and after, on a part page. */
  pagination: { prev?: Link; next?: Link };
  /** 结构图's parts, and its counted formulas by the href of the entry they are drawn under, on the map page. */
  map?: { parts: MapPart[]; formulas: Record<string, MapFormula[]> };
  /** The paragraphs and facts 摘抄本 and 心得提纲 name and cite saved passages with, on those two pages. */
  notes?: NotesData;
}

export interface RouteContext {
  speech: Speech;
  /** The path the browser asked for, with the base: /speech/part-2/. */
  pathname: string;
  /** The site's origin (astro.config's `site`). */
  site: URL | string;
  /** A path below the configured base: `url` of src/site/urls.ts. */
  url: SitePath;
}

/** The route data of the page at `pathname`: a part's page by its slug, one of PAGES by its path, else 404. */
export function routeData({ speech, pathname, site, url }: RouteContext): Route {
  const { outline, metadata } = speech;
  const below = decodeURI(pathname).slice(url().length);
  const part = outline.parts.find((p) => `${p.slug}/` === below);
  const page = part ? 'part' : (pages().find((key) => PAGES[key].path === below) ?? 'notFound');
  const name = page === 'part' ? part!.label : page === 'home' ? outline.title : pageName(page);
  return {
    page,
    part,
    name,
    title: page === 'home' ? outline.title : `${name}｜${outline.title}`,
    description: description(page, speech, part),
    canonical: new URL(pathname, site).href,
    unlisted: page === 'notFound',
    highwire: highwire(metadata),
    breadcrumb:
      page === 'home'
        ? []
        : [
            { href: url(), label: pageName('home') },
            { href: '', label: name },
          ],
    siteNav: siteNav(url, pathname, part),
    sidebar: outlineEntries(outline, page === 'full' ? onThisPage : onPartPageAt(url), {
      current: part,
      currentOnly: page !== 'full',
    }),
    pagination: part ? neighbours(outline, part, url) : {},
    ...(page === 'map' && {
      map: {
        parts: speechMap(outline, outlineEntries(outline, onPartPageAt(url))),
        formulas: mapFormulas(outline, speech.plan, onPartPageAt(url)),
      },
    }),
    ...((page === 'notes' || page === 'draft') && { notes: notesData(speech, url) }),
  };
}

function description(page: PageName, { outline, terms }: Speech, part?: Part): string {
  if (page === 'part') return t('page.part.description', { label: part!.label, span: paragraphSpan(part!) });
  if (page === 'home') return t('page.home.description', outlineCounts(outline));
  if (page === 'map') return t('page.map.description', outlineCounts(outline));
  if (page === 'terms') return t('page.terms.description', { count: terms.length });
  return t(`page.${page}.description` as const);
}

/** The facts Highwire names, each only when the metadata gives it; dates as YYYY/MM/DD. */
export function highwire(metadata: Metadata): Route['highwire'] {
  return Object.entries({
    citation_author: metadata.speaker,
    citation_date: metadata.date?.replaceAll('-', '/'),
    citation_journal_title: metadata.newspaper,
    citation_publication_date: metadata.printed?.replaceAll('-', '/'),
    citation_firstpage: metadata.page?.split(',')[0],
    citation_publisher: metadata.publisher,
    citation_online_date: metadata.issued?.replaceAll('-', '/'),
  }).filter((entry): entry is [string, string] => entry[1] !== undefined);
}

/** The site's own pages in the header; a part page counts as the speech's text, like /full/. */
function siteNav(url: SitePath, pathname: string, part?: Part): NavLink[] {
  const current = part ? url(PAGES.full.path) : pathname;
  return pages()
    .filter((key) => PAGES[key].nav)
    .map((key) => {
      const href = url(PAGES[key].path);
      const mark = href === current ? (href === pathname ? 'page' : 'true') : undefined;
      return { href, label: pageName(key), ...(mark && { current: mark }) };
    });
}

/** The part before and after this one, in reading order. */
function neighbours(outline: Outline, part: Part, url: SitePath): Route['pagination'] {
  const at = outline.parts.indexOf(part);
  const link = (p: Part | undefined) => (p ? { href: url(`${p.slug}/`), label: p.label } : undefined);
  return { prev: link(outline.parts[at - 1]), next: link(outline.parts[at + 1]) };
}

/**
 * A table of contents: every part, and under each its relationships, sections and their items. With `currentOnly`
 * only the current part lists its entries (the others' are on their own page and on the home page).
 */
export function outlineEntries(
  outline: Outline,
  href: OutlineHref,
  { current, currentOnly = false }: { current?: Part; currentOnly?: boolean } = {},
): OutlineEntry[] {
  const entry = (
    kind: OutlineEntry['kind'],
    part: Part,
    link: { id: string; label: string },
    entries: OutlineEntry[] = [],
  ) => ({
    kind,
    href: href(part, kind === 'part' ? undefined : link.id),
    label: link.label,
    current: kind === 'part' && part === current,
    entries,
    ...(kind === 'part' && { paragraphs: `${part.paragraphs[0]?.number}-${part.paragraphs.at(-1)?.number}` }),
  });
  return outline.parts.map((part) =>
    entry(
      'part',
      part,
      part,
      currentOnly && part !== current
        ? []
        : [
            ...part.relationships.map((r) => entry('relationship', part, r)),
            ...part.sections.map((s) =>
              entry(
                'section',
                part,
                s,
                s.items.map((i) => entry('item', part, i)),
              ),
            ),
          ],
    ),
  );
}
