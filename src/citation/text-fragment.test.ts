import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDirective, parseTextFragment } from './text-fragment.ts';
import { textDirective } from './citation.ts';

const TEXT = '一是要持续优化营商环境。优化营商环境是“牛鼻子”，牵一发而动全身。营商环境好，市场就活';

test("the site's own selection link is read back to the words it was made for", () => {
  const hash = `#p22${textDirective('营商环境', 10, { prefix: '优化', suffix: '。优' })}`;
  const parsed = parseTextFragment(hash)!;
  assert.equal(parsed.id, 'p22');
  assert.deepEqual(parsed.directives, [{ prefix: '优化', start: '营商环境', end: undefined, suffix: '。优' }]);
  assert.deepEqual(findDirective(TEXT, parsed.directives[0]!), [7, 11]);
});

test('context picks the one occurrence it names; a start and end span the words between', () => {
  const [second] = parseTextFragment('#p22:~:text=%E4%BC%98%E5%8C%96-,营商环境,-%E6%98%AF')!.directives;
  assert.deepEqual(findDirective(TEXT, second!), [14, 18]);
  const [span] = parseTextFragment('#:~:text=牵一发,动全身')!.directives;
  assert.equal(TEXT.slice(...findDirective(TEXT, span!)!), '牵一发而动全身');
});

test('a bare fragment has no id; words that are not there, or a broken fragment, find nothing', () => {
  assert.equal(parseTextFragment('#:~:text=营商环境')!.id, '');
  assert.equal(findDirective(TEXT, { start: '营商环境', suffix: '坏' }), undefined);
  assert.deepEqual(parseTextFragment('#p22:~:text=%E4%ZZ')!.directives, []);
  assert.equal(parseTextFragment('#p22'), undefined);
});
