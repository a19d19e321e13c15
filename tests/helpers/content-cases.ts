/**
 * One broken case per folder of tests/fixtures/content: the chapter files it puts in place of the real ones, and the
 * first line the build must print, `file:line: problem`, for the chapter and line that have the problem.
 */
export interface ContentCase {
  folder: string;
  file: string;
  line: number;
  message: RegExp;
}

export const contentCases: ContentCase[] = [
  { folder: 'missing-frontmatter', file: 'part-4.mdx', line: 1, message: /frontmatter "part" is wrong/ },
  { folder: 'wrong-frontmatter', file: 'part-4.mdx', line: 2, message: /frontmatter "part" is wrong/ },
  { folder: 'bad-frontmatter', file: 'part-2.mdx', line: 3, message: /a quotation mark opened here is never closed/ },
  {
    folder: 'duplicate-part',
    file: 'part-4.mdx',
    line: 2,
    message: /part 4 is already the chapter in .*part-4-copy\.mdx/,
  },
  { folder: 'item-out-of-sequence', file: 'part-3.mdx', line: 13, message: /item 三是 is out of sequence/ },
  { folder: 'section-out-of-sequence', file: 'part-3.mdx', line: 9, message: /section 第三 is out of sequence/ },
  { folder: 'text-not-in-source', file: 'part-4.mdx', line: 7, message: /text that is not in the source, at the end/ },
  {
    folder: 'joined-paragraphs',
    file: 'part-3.mdx',
    line: 47,
    message: /two source paragraphs are joined at “.*‸宏伟蓝图/,
  },
  {
    folder: 'note-with-speech-source',
    file: 'part-2.mdx',
    line: 17,
    message: /a note's source shows only the source's own marks.*“总之，.*” is the speech's own text/,
  },
  { folder: 'note-inside-paragraph', file: 'part-2.mdx', line: 9, message: /a note stands inside a source paragraph/ },
  { folder: 'esm-export', file: 'part-2.mdx', line: 7, message: /a chapter holds no code .*“export const components/ },
  { folder: 'esm-import', file: 'part-3.mdx', line: 7, message: /a chapter holds no code .*“import Breadcrumb/ },
  { folder: 'raw-html', file: 'part-1.mdx', line: 9, message: /a note holds plain text.*not the element <script>/ },
  {
    folder: 'event-handler',
    file: 'part-1.mdx',
    line: 6,
    message: /a note takes only a source attribute, not onmouseover/,
  },
  { folder: 'outside-image', file: 'part-4.mdx', line: 12, message: /a note holds plain text.*not an image/ },
  { folder: 'outside-link', file: 'part-4.mdx', line: 10, message: /a note links only to this site's own pages/ },
  {
    folder: 'unclosed-note',
    file: 'part-2.mdx',
    line: 20,
    message: /cannot be read as MDX: Expected a closing tag for `<Note>`/,
  },
  { folder: 'zero-width-space', file: 'part-2.mdx', line: 21, message: /character, ⟨U\+200B⟩, stands at column 84/ },
];
