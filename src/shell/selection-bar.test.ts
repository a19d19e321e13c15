import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Window } from 'happy-dom';

// The bar's module reads the page's globals: happy-dom's window stands in for them during this test and is taken away
// after it (the unit tests share one process). A fine pointer, and frames drawn at once.
async function withPage(run: (document: Document) => Promise<void>) {
  const window = new Window({ width: 1024, height: 768 });
  const document = window.document as unknown as Document;
  document.body.innerHTML =
    '<div data-speech><p class="paragraph" id="p1">一二三</p><p class="paragraph" id="p2">四五六</p>' +
    '<p class="paragraph" id="p3">七八九</p></div><selection-bar hidden></selection-bar>';
  const globals: Record<string, unknown> = {
    document,
    HTMLElement: window.HTMLElement,
    getSelection: () => document.getSelection(),
    matchMedia: (query: string) => ({ matches: query.includes('fine') }),
    addEventListener: window.addEventListener.bind(window),
    requestAnimationFrame: (frame: () => void) => frame(),
    visualViewport: undefined,
    innerWidth: 1024,
    innerHeight: 768,
  };
  const before = Object.keys(globals).map((name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)] as const);
  Object.assign(globalThis, globals);
  try {
    await run(document);
  } finally {
    for (const [name, descriptor] of before)
      if (descriptor) Object.defineProperty(globalThis, name, descriptor);
      else delete (globalThis as Record<string, unknown>)[name];
    await window.happyDOM.close();
  }
}

function select(document: Document, id: string, from: number, to: number) {
  const text = document.getElementById(id)!.firstChild!;
  const range = document.createRange();
  range.setStart(text, from);
  range.setEnd(text, to);
  document.getSelection()!.removeAllRanges();
  document.getSelection()!.addRange(range);
}

const still = () => new Promise((resolve) => setTimeout(resolve, 10));

test('the selection bar shows after the last paragraph selected, holding what features add, and hides when nothing is selected', async () => {
  await withPage(async (document) => {
    const { SelectionBar } = await import('./selection-bar.ts');
    document.defaultView!.customElements.define('selection-bar', SelectionBar);
    const bar = document.querySelector<InstanceType<typeof SelectionBar>>('selection-bar')!;
    bar.append(document.createElement('button'));
    assert.ok(bar.hidden, 'hidden before any selection');

    select(document, 'p2', 0, 2);
    assert.equal(bar.hidden, false);
    assert.equal(bar.previousElementSibling?.id, 'p2', 'follows its paragraph in tab order');
    assert.equal(bar.querySelectorAll('button').length, 1, 'the controls added to it stay');
    await still();
    assert.ok(bar.classList.contains('bar-near'), 'on a fine pointer, beside the words');

    select(document, 'p3', 1, 3);
    assert.equal(bar.previousElementSibling?.id, 'p3', 'moves with the selection');
    assert.equal(bar.querySelectorAll('button').length, 1, 'moving builds nothing again');

    // A reader on the bar's button (the focus inside it) keeps it while the selection goes.
    bar.querySelector('button')!.focus();
    document.getSelection()!.removeAllRanges();
    assert.equal(bar.hidden, false, 'stays while it holds the focus');
    (document.activeElement as HTMLElement).blur();
    select(document, 'p1', 1, 1);
    assert.ok(bar.hidden, 'hidden when the selection collapses');
    await still();
  });
});
