import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Window } from 'happy-dom';
import { piecesOf, wordsOf } from './speech-selection.ts';

/** Two paragraphs of the speech under a heading, and a paragraph outside it. */
function page() {
  const { document } = new Window();
  document.body.innerHTML =
    '<div data-speech><h2 id="s1">一、标题</h2><p class="paragraph" id="p1">一二<a href="#">三四</a>五</p>' +
    '<p class="paragraph" id="p2">六七八</p></div><p class="paragraph" id="x">页脚</p>';
  return document as unknown as Document;
}

function select(document: Document, from: [Node, number], to: [Node, number]) {
  const range = document.createRange();
  range.setStart(...from);
  range.setEnd(...to);
  const selection = document.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(range);
  return selection;
}

test('words selected across a link are one piece of their paragraph, with the offsets of its text', () => {
  const document = page();
  const p1 = document.getElementById('p1')!;
  const link = p1.querySelector('a')!.firstChild!;
  const pieces = piecesOf(select(document, [p1.firstChild!, 1], [link, 1]), document);
  assert.deepEqual(
    pieces.map((p) => [p.paragraph.id, p.start, p.end, wordsOf(p)]),
    [['p1', 1, 3, '二三']],
  );
});

test('a selection from a heading into the next paragraphs is cut at paragraph edges; the heading is not a piece', () => {
  const document = page();
  const heading = document.getElementById('s1')!.firstChild!;
  const p2 = document.getElementById('p2')!.firstChild!;
  const pieces = piecesOf(select(document, [heading, 2], [p2, 2]), document);
  assert.deepEqual(
    pieces.map((p) => [p.paragraph.id, wordsOf(p)]),
    [
      ['p1', '一二三四五'],
      ['p2', '六七'],
    ],
  );
});

test('nothing is selected in the speech: a collapsed selection, or one outside it', () => {
  const document = page();
  const p2 = document.getElementById('p2')!.firstChild!;
  const ids = (selection: Selection) => piecesOf(selection, document).map((p) => p.paragraph.id);
  assert.deepEqual(ids(select(document, [p2, 1], [p2, 1])), []);
  const outside = document.getElementById('x')!.firstChild!;
  assert.deepEqual(ids(select(document, [outside, 0], [outside, 2])), []);
});
