import type { Element } from 'hast';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import { pageTree } from '../integrations/page-tree.ts';

// The fidelity law for 自测, proved on the built page and not on the generator's output: each question is read back
// from the HTML of /practice/, and each of its words is looked for in the built pages of the speech.

/** A question as the page publishes it. */
export interface PublishedQuestion {
  id: string;
  kind: string;
  /** The stem's pieces around its blanks. */
  stem: string[];
  /** The words behind the answer: each blank's, or each right option's. */
  answers: string[];
  options: string[];
  /** The options marked right. */
  correct: string[];
  /** The link to the question's place: /part-2/#p12. */
  link: string;
  line: number;
}

const has = (node: Element, name: string) => name in node.properties;
const within = (node: Element, name: string) => {
  const found: Element[] = [];
  visit(node, 'element', (child) => void (has(child, name) && found.push(child)));
  return found;
};

/** The stem's pieces: its text cut at each blank ([data-blank]), whose own text is the site's （　　）. */
function stemPieces(stem: Element): string[] {
  const pieces = [''];
  visit(stem, (node) => {
    if (node.type === 'element' && has(node, 'dataBlank')) {
      pieces.push('');
      return 'skip';
    }
    if (node.type === 'text') pieces[pieces.length - 1] += node.value;
  });
  return pieces;
}

/** Every question of the built practice page ([data-question]), read from its HTML alone. */
export function readQuestions(html: string): PublishedQuestion[] {
  const questions: PublishedQuestion[] = [];
  visit(pageTree(html), 'element', (node) => {
    if (!has(node, 'dataQuestion')) return;
    const [stem] = within(node, 'dataStem');
    const [link] = within(node, 'dataLink');
    const options = within(node, 'dataOption');
    questions.push({
      id: String(node.properties.id ?? ''),
      kind: String(node.properties.dataKind ?? ''),
      stem: stem ? stemPieces(stem) : [],
      answers: within(node, 'dataAnswer').map((a) => toText(a)),
      options: options.map((o) => toText(o)),
      correct: options.filter((o) => has(o, 'dataCorrect')).map((o) => toText(o)),
      link: String(link?.properties.href ?? ''),
      line: node.position?.start.line ?? 0,
    });
    return 'skip';
  });
  return questions;
}

/** The stem with its answers put back in its blanks (a stem without blanks is the sentence itself). */
export const restored = (q: Pick<PublishedQuestion, 'stem' | 'answers' | 'kind'>) =>
  q.stem.length === 1
    ? q.stem[0]!
    : q.stem.map((piece, i) => piece + (i < q.stem.length - 1 ? q.answers[i] : '')).join('');

/** The speech as built: its whole text, and the text of the element each link lands on (by page path and id). */
export interface BuiltSpeech {
  text: string;
  target: (link: string) => string | undefined;
}

/** What is wrong with each question, in words; empty when every question keeps the law. */
export function checkQuestions(questions: PublishedQuestion[], speech: BuiltSpeech): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const q of questions) {
    const wrong = (what: string) => problems.push(`${q.id}: ${what}`);
    if (seen.has(q.id)) wrong('the id is used twice');
    seen.add(q.id);
    const blanks = q.stem.length - 1;
    if (q.kind === 'fill' && (blanks < 1 || q.answers.length !== blanks || q.options.length))
      wrong(`a 填空 with ${blanks} blanks, ${q.answers.length} answers and ${q.options.length} options`);
    const one = new Set(q.answers).size === 1 && q.answers.length === blanks;
    if (q.kind === 'choice' && (!blanks || !one || q.correct.length !== 1 || q.correct[0] !== q.answers[0]))
      wrong('a 单选 blanks one term (each time it is quoted), which is its one right option');
    const same = (a: string[], b: string[]) => [...a].sort().join('|') === [...b].sort().join('|');
    if ((q.kind === 'multi' || q.kind === 'source') && (blanks || !same(q.correct, q.answers)))
      wrong('a 多选 or 出处 has no blank, and its right options are its answers');
    if (q.kind !== 'fill' && (q.options.length <= q.correct.length || new Set(q.options).size !== q.options.length))
      wrong('the options must be distinct and include a wrong one');
    if (q.answers.some((a) => !a)) wrong('an answer is empty');
    const sentence = restored(q);
    const target = speech.target(q.link);
    if (target === undefined) wrong(`the link ${q.link} lands nowhere`);
    else if (!target.includes(sentence)) wrong(`“${sentence}” is not in ${q.link}`);
    for (const words of [...q.options, ...q.answers])
      if (!speech.text.includes(words)) wrong(`“${words}” is not in the speech`);
  }
  return problems;
}
