import type { Question } from './questions.ts';

// The Anki deck: Anki's text import (tab-separated, with `#` header lines), one Cloze note per 填空, each blank a cloze
// ({{c1::…}}), the card's 出处 and permalink in its second field, the kind as its tag. Plain text: no HTML.

/** The deck's name in Anki (:: nests it). */
export const DECK = '辽宁讲话::自测';

const TAGS: Record<Question['ask'], string> = {
  term: '引号词语',
  count: '数字',
  items: '条目',
  formula: '条目',
  source: '出处',
};

/** The cloze text of a 填空: its stem with each answer as {{cN::answer}}. */
export const clozeOf = (q: Question) =>
  q.stem.map((piece, i) => piece + (i < q.answers.length ? `{{c${i + 1}::${q.answers[i]}}}` : '')).join('');

/** Where a question stands, in words: 二、第四，一是第22段. */
const placeOf = (q: Question) => {
  const number = /^p(\d+)$/.exec(q.target)?.[1];
  return number ? `${q.place}第${number}段` : q.place;
};

/** The deck file's text; `permalink` gives a question's full address. */
export function ankiDeck(questions: Question[], permalink: (q: Question) => string): string {
  const header = ['#separator:tab', '#html:false', '#notetype:Cloze', `#deck:${DECK}`, '#tags column:3'];
  const rows = questions
    .filter((q) => q.kind === 'fill')
    .map((q) => [clozeOf(q), `出处：${placeOf(q)} ${permalink(q)}`, `填空 ${TAGS[q.ask]}`].join('\t'));
  return [...header, ...rows].join('\n') + '\n';
}
