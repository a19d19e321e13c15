// Marks, in every copy of the contents on the page (the sidebar's, the home page's) and in the breadcrumb, the section
// the reader is reading.

/** A copy of the contents (目录): class toc in the page. */
const CONTENTS = 'nav.toc';

let headings: HTMLElement[] = [];
let crumb: HTMLElement | null = null;
let current: HTMLElement | undefined;

function inView(): HTMLElement | undefined {
  // The last heading above a line a quarter of the way down the window.
  const line = window.innerHeight / 4;
  return headings.filter((h) => h.getBoundingClientRect().top < line).at(-1);
}

function mark() {
  const heading = inView();
  if (heading === current) return;
  current = heading;
  for (const link of document.querySelectorAll(`${CONTENTS} a[aria-current="true"]`))
    link.removeAttribute('aria-current');
  const part =
    heading?.closest('.part')?.querySelector<HTMLElement>('.part-heading') ??
    document.querySelector<HTMLElement>('.part-heading');
  for (const target of new Set([heading, part])) {
    if (!target?.id) continue;
    // An entry's link ends with its id (#2-1, or /part-2/#2-1 from another page); ids begin differently per part.
    for (const link of document.querySelectorAll(
      `${CONTENTS} a[href$="#${CSS.escape(target.id)}"]:not([aria-current="page"])`,
    ))
      link.setAttribute('aria-current', 'true');
  }
  if (!crumb) return;
  const isSection = heading && !heading.classList.contains('part-heading');
  crumb.hidden = !isSection;
  const link = crumb.querySelector('a');
  if (isSection && link) {
    link.href = `#${heading.id}`;
    // A relationship is named by its bold lead sentence, a section by its whole heading.
    const name = heading.classList.contains('relationship') ? heading.querySelector('strong') : heading;
    link.textContent = name?.textContent ?? '';
  }
}

export function start() {
  headings = [
    ...document.querySelectorAll<HTMLElement>('[data-speech] :is(.part-heading, h2[id], h3[id], .relationship)'),
  ];
  crumb = document.querySelector<HTMLElement>('[data-breadcrumb-section]');
  let queued = false;
  addEventListener(
    'scroll',
    () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => {
        queued = false;
        mark();
      });
    },
    { passive: true },
  );
  mark();
}
