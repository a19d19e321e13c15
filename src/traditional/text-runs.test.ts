import { test } from 'node:test';
import assert from 'node:assert/strict';
import { conversion } from './conversion.fixture.ts';
import { applyEdits, parsePage } from './page-tree.ts';
import { pageEvents } from './page-walk.ts';
import { interfaceRewrite, pieces, runRewrite } from './text-runs.ts';

/** A snippet's pieces as short strings, and the snippet with its text runs and interface strings rewritten. */
const convert = (html: string) => {
  const c = conversion();
  const found = pieces(pageEvents(parsePage(html)), c);
  const edits = found.flatMap((piece) =>
    piece.kind === 'run'
      ? runRewrite(piece, c).edits
      : piece.kind === 'interface'
        ? interfaceRewrite(piece.node, piece.text).edits
        : [],
  );
  const names = found.flatMap((piece) =>
    piece.kind === 'run'
      ? [`run:${piece.nodes.map((n) => n.value).join('+')}`]
      : piece.kind === 'interface'
        ? [`ui:${piece.text}`]
        : [],
  );
  return { names, html: applyEdits(html, edits) };
};

test('a phrase split by <strong> is converted with the words around it (积蓄 + 发展 is not 蓄髮)', () => {
  const { names, html } = convert('<p data-speech>积蓄<strong>发展</strong>势能</p>');
  assert.deepEqual(names, ['run:积蓄+发展+势能']);
  assert.match(html, /<p data-speech>積蓄<strong>發展<\/strong>勢能<\/p>/);
});

test("the interface's own strings come from the table outside the speech, and are converted as words inside it", () => {
  const { names, html } = convert('<button>显示设置</button><p data-speech>显示设置</p>');
  assert.deepEqual(names, ['ui:顯示設定', 'run:显示设置']);
  assert.match(html, /<button>顯示設定<\/button><p data-speech>顯示設置<\/p>/);
});

test('text without Han characters is left as it is, escapes and all', () => {
  const { html } = convert('<p>R&amp;D 2025</p>');
  assert.match(html, /<p>R&amp;D 2025<\/p>/);
});

test('a run that does not read back is reported at its line, in its paragraph', () => {
  const c = conversion();
  const run = pieces(pageEvents(parsePage('<body>\n<p id="p7">髮展</p>')), c).find(
    (piece) => piece.kind === 'run' && piece.nodes[0]?.value === '髮展',
  );
  assert.ok(run?.kind === 'run');
  const messages = runRewrite(run, c).errors.map((e) => e.message);
  assert.ok(messages.some((m) => m.startsWith('dist/zh-Hant/x.html:2: the round trip differs in #p7 at character 1')));
});
