import { test } from 'node:test';
import assert from 'node:assert/strict';
import { element } from './conversion.fixture.ts';
import { applyEdits, attr, attrEdit, textEdit } from './page-tree.ts';

test('only the edited places change: the rest of the markup stays byte for byte, whatever order the edits come in', () => {
  const html = '<!DOCTYPE html><html><body><p  class=x title="发">A &amp; b</p><!-- 发 --></body></html>';
  const p = element(html, 'p');
  const edits = [...textEdit(p.childNodes![0]!, 'C & <d>'), ...attrEdit(p, 'title', '發 "引"')];
  assert.equal(
    applyEdits(html, edits),
    '<!DOCTYPE html><html><body><p  class=x title="發 &quot;引&quot;">C &amp; &lt;d&gt;</p><!-- 发 --></body></html>',
  );
  assert.equal(applyEdits(html, []), html);
});

test('an attribute the element lacks is not written', () => {
  const p = element('<p id="p1">发</p>', 'p');
  assert.equal(attr(p, 'id'), 'p1');
  assert.equal(attr(p, 'lang'), undefined);
  assert.deepEqual(attrEdit(p, 'lang', 'zh-Hant'), []);
});
