import { test } from 'node:test';
import assert from 'node:assert/strict';
import { conversion, proofreading } from './conversion.fixture.ts';
import { prove } from './round-trip.ts';

test('a converted run that reads back exactly, with no wrong form, passes', () => {
  assert.deepEqual(prove(conversion(), { source: '资金链', converted: '資金鏈', applied: [] }, 3, ' in #p2'), []);
});

test("a correction that breaks the way back is named at its own line in the editors' file", () => {
  const broken = { from: '資金鍊', to: '資金練', why: 'test', line: 99 };
  const [error, ...rest] = prove(
    conversion({ corrections: [broken], wrong: [] }),
    { source: '资金链', converted: '資金練', applied: [broken] },
    3,
    ' in #p2',
  );
  assert.equal(rest.length, 0);
  assert.match(
    error!.message,
    /^content\/traditional\.yaml:99: the correction 資金鍊 → 資金練 breaks the round trip on dist\/zh-Hant\/x\.html: the round trip differs in #p2 at character 3: 練 reads back as 练 where the Simplified page has 链/,
  );
});

test('a known wrong form is named with why the editors listed it', () => {
  const wrong = proofreading.wrong.find((w) => w.form === '資金鍊')!;
  const errors = prove(conversion(), { source: '资金链', converted: '資金鍊', applied: [] }, 3, ' in #p2');
  assert.ok(
    errors.some((e) =>
      e.message.startsWith(
        `dist/zh-Hant/x.html:3: a known wrong form, 資金鍊, stands in #p2 (content/traditional.yaml:${wrong.line}: ${wrong.why})`,
      ),
    ),
  );
});
