import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkOutput } from '../../src/integrations/output-gate.ts';
import { expectedSpeech } from '../../src/speech/expected.ts';
import { readSource } from '../../src/speech/load.ts';
import { speechPaths } from '../../src/speech/paths.ts';

const speech = expectedSpeech(readSource(speechPaths));

test('a page of the built site changed by hand after the build fails the output gate, naming the page', () => {
  const copy = mkdtempSync(join(tmpdir(), 'speech-output-'));
  try {
    cpSync('dist', copy, { recursive: true });
    const page = join(copy, 'part-3/index.html');
    writeFileSync(page, readFileSync(page, 'utf8').replace('宏伟蓝图已经绘就', '宏伟蓝图已经画就'));
    const messages = checkOutput(copy, speech).map((e) => e.message);
    assert.equal(messages.length, 2, messages.join('\n'));
    assert.match(
      messages[0]!,
      /part-3\/index\.html:\d+: the page's speech differs from the source after “.*蓝图已经”: the page has “画就/,
    );
    assert.match(messages[1]!, /the source makes 17 paragraphs here, p29…p45; p45 differs after “宏伟蓝图已经”/);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
});
