import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parsePage } from './page-tree.ts';
import { pageEvents, type PageEvent } from './page-walk.ts';

const short = (event: PageEvent) => {
  if (event.kind === 'break') return '|';
  if (event.kind === 'switch') return 'switch';
  if (event.kind === 'element') return `<${event.node.tagName}${event.where}>`;
  const { speech, block, where } = event.context;
  return `${event.node.value}(${speech ? 'speech' : 'ui'}:${block?.tagName}${where})`;
};

/** The events of a snippet's body as short strings (text with its context, elements, switch, | for a break). */
const body = (html: string) => {
  const events = pageEvents(parsePage(html)).map(short);
  return events.slice(events.indexOf('<body>') + 2, -2).join(' ');
};

test('the speech begins at data-speech and stops at data-editorial; errors name the paragraph', () => {
  assert.equal(
    body('<p id="p3" data-speech>发<strong>展</strong><span data-editorial>注</span></p>'),
    '<p in #p3> | 发(speech:p in #p3) <strong in #p3> 展(speech:p in #p3) <span in #p3> 注(ui:p in #p3) |',
  );
});

test('scripts, styles and words in another language are passed over, ending the run around them', () => {
  assert.equal(
    body('<p>甲<script>var 发</script>乙<span lang="en">Liaoning</span>丙<style>b{}</style></p>'),
    '<p> | 甲(ui:p) | 乙(ui:p) | 丙(ui:p) | |',
  );
});

test('a block inside a block ends the run, even when it holds no text', () => {
  assert.equal(body('<ul><li>甲<p></p>乙</li></ul>'), '<ul> | <li> | 甲(ui:li) <p> | | 乙(ui:li) | |');
});

test('the edition switch is one event, its label not met as text', () => {
  assert.equal(body('<a href="/zh-Hant/" data-edition-switch>繁</a>'), '| switch');
});
