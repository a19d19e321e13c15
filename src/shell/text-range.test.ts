import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Window } from 'happy-dom';
import { boundsOf, pointAt, textNodes, toRange } from './text-range.ts';
import { offsetOf } from './speech-selection.ts';

/** A paragraph whose text runs through a link, an editorial note and a second text node: 一二三四五六七. */
function paragraph() {
  const { document } = new Window();
  document.body.innerHTML =
    '<div data-speech><p id="p1">一二<a href="#">三四</a><span data-editorial>〔注〕</span>五</p><p id="p2">六七</p></div>';
  return document as unknown as Document;
}

test('an offset in a paragraph maps to its text node and back, through links, for every offset', () => {
  const document = paragraph();
  const p = document.getElementById('p1')!;
  const nodes = textNodes(p);
  const text = nodes.map((node) => node.data).join('');
  assert.equal(text, p.textContent);
  for (let offset = 0; offset <= text.length; offset++)
    for (const edge of ['start', 'end'] as const) {
      const [node, inside] = pointAt(nodes, offset, edge)!;
      assert.equal(offsetOf(p, node, inside), offset, `${edge} ${offset}`);
    }
});

test('a range that ends where a link begins does not take the link in; one that starts there starts inside it', () => {
  const document = paragraph();
  const nodes = textNodes(document.getElementById('p1')!);
  const bounds = boundsOf(nodes, 0, 2)!;
  assert.equal(bounds.endContainer.textContent, '一二');
  assert.equal(toRange(bounds).toString(), '一二');
  assert.equal(boundsOf(nodes, 2, 4)!.startContainer.textContent, '三四');
  assert.equal(toRange(boundsOf(nodes, 1, 3)!).toString(), '二三');
  assert.equal(toRange(boundsOf(nodes, 0, 99)!).toString(), '一二三四〔注〕五', 'past the end: the end of the text');
});

test('editorial notes can be left out, and the text can start at a paragraph and run to the end of the speech', () => {
  const document = paragraph();
  const speech = document.querySelector('[data-speech]')!;
  const from = document.getElementById('p1')!;
  const skip = '[data-editorial]';
  assert.equal(
    textNodes(from, { skip })
      .map((n) => n.data)
      .join(''),
    '一二三四五',
  );
  assert.equal(
    textNodes(speech, { skip, from: document.getElementById('p2')! })
      .map((n) => n.data)
      .join(''),
    '六七',
  );
  assert.deepEqual(textNodes(document.createElement('p')), []);
  assert.equal(pointAt([], 0, 'start'), undefined);
});
