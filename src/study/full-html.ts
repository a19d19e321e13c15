import type { FullBlock, Run } from './full-marks.ts';
import type { MarkStyle } from './model.ts';

// The whole text with the reader's marks as one self-contained HTML file: its styles inline, no script, nothing
// fetched (its Content-Security-Policy allows only the inline styles). Each 划线 and 摘抄 is a <mark> drawn as the page
// draws it; each 想法 a numbered footnote after its part, linked both ways, set apart under a heading saying it is the
// reader's. The speech's words are written as they come, only escaped.

export interface FullHtmlStrings {
  lang: string;
  /** The heading over each part's footnotes, saying they are the reader's. */
  notes: string;
  /** The footnote's link back to its place in the text. */
  back: string;
  /** The names of the marks' styles (the excerpt's too), as the page names them. */
  styles: Record<MarkStyle, string>;
}

const CLASSES: Record<MarkStyle, string> = { 直线: 'line', 马克笔: 'marker', 波浪线: 'wave', excerpt: 'excerpt' };

/** The styles: the 划线 and 摘抄 as on the page in its light scheme, printed with their colours. */
export const FULL_HTML_CSS = `
body { margin: 0 auto; max-width: 40em; padding: 1rem; font: 18px/1.8 'Songti SC', 'Noto Serif CJK SC', 'Source Han Serif SC', SimSun, serif; color: #1b1d21; background: #fffefa; }
h1 { font-size: 1.6em; line-height: 1.4; }
h2 { font-size: 1.3em; margin-top: 2em; }
h3 { font-size: 1.1em; }
p.text { text-indent: 2em; margin: 0.8em 0; }
.editorial { color: #54595f; font-size: 0.85em; border-left: 3px solid #d8d4c8; padding-left: 0.75em; }
mark { color: inherit; background: none; print-color-adjust: exact; -webkit-print-color-adjust: exact; }
mark.line { text-decoration-line: underline; text-decoration-thickness: 2px; text-decoration-color: #9b1c12; }
mark.wave { text-decoration-line: underline; text-decoration-style: wavy; text-decoration-thickness: 1.5px; text-decoration-color: #9b1c12; }
mark.marker { background-color: rgb(255 214 90 / 0.55); }
mark.excerpt { text-decoration-line: underline; text-decoration-style: dotted; text-decoration-thickness: 2px; text-decoration-color: #54595f; }
sup.ref { font-size: 0.7em; line-height: 0; }
sup.ref a, .notes a { color: #9b1c12; }
.notes { margin: 1.5em 0; padding: 0.5em 1em; border-top: 1px solid #d8d4c8; font-family: sans-serif; font-size: 0.85em; color: #54595f; }
.notes p { font-weight: bold; margin: 0.5em 0; }
.notes li { margin: 0.25em 0; white-space: pre-wrap; }
`;

export const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

const TAGS = { title: 'h1', part: 'h2', section: 'h3' } as const;

/** The paragraph's runs, each marked one in its style and each note's reference after it; `next` numbers the notes. */
function runsHtml(runs: Run[], strings: FullHtmlStrings, next: () => number, notes: string[]): string {
  return runs
    .map((run) => {
      const text = escapeHtml(run.text);
      const marked = run.style
        ? `<mark class="${CLASSES[run.style]}" title="${escapeHtml(strings.styles[run.style])}">${text}</mark>`
        : text;
      const refs = run.notes.map((note) => {
        const n = next();
        notes.push(
          `<li id="note-${n}" value="${n}">${escapeHtml(note)} <a href="#ref-${n}">${escapeHtml(strings.back)}</a></li>`,
        );
        return `<sup class="ref"><a id="ref-${n}" href="#note-${n}">${n}</a></sup>`;
      });
      return marked + refs.join('');
    })
    .join('');
}

/** The file's text: the whole text in order with the marks, each part followed by the footnotes made in it. */
export function fullHtml(blocks: FullBlock[], strings: FullHtmlStrings): string {
  let count = 0;
  const next = () => ++count;
  let notes: string[] = [];
  const body: string[] = [];
  const flush = () => {
    if (notes.length)
      body.push(`<aside class="notes"><p>${escapeHtml(strings.notes)}</p><ol>${notes.join('')}</ol></aside>`);
    notes = [];
  };
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      body.push(`<p class="text">${runsHtml(block.runs, strings, next, notes)}</p>`);
      continue;
    }
    if (block.kind === 'part') flush();
    const text = escapeHtml(block.text);
    body.push(
      block.kind === 'note'
        ? `<div class="editorial">${text}</div>`
        : `<${TAGS[block.kind]}>${text}</${TAGS[block.kind]}>`,
    );
  }
  flush();
  const title = blocks.find((b) => b.kind === 'title');
  return `<!doctype html>
<html lang="${escapeHtml(strings.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${title && 'text' in title ? escapeHtml(title.text) : ''}</title>
<style>${FULL_HTML_CSS}</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}
