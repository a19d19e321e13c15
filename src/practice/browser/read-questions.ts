import type { Kind } from '../questions.ts';
import type { SessionQuestion } from '../session.ts';

// The session's questions are the page's printable list ([data-question], QuestionList.astro): one copy of the
// questions, in the page's edition, which the build has proved against the speech.

const texts = (root: Element, selector: string) => [...root.querySelectorAll(selector)].map((e) => e.textContent ?? '');

function stemOf(stem: Element | null): string[] {
  const pieces = [''];
  for (const node of stem?.childNodes ?? []) {
    if (node instanceof Element && node.hasAttribute('data-blank')) pieces.push('');
    else pieces[pieces.length - 1] += node.textContent ?? '';
  }
  return pieces;
}

/** Every question of the list on the page. */
export function readQuestions(root: ParentNode): SessionQuestion[] {
  return [...root.querySelectorAll('[data-question]')].map((li) => {
    const link = li.querySelector<HTMLAnchorElement>('[data-link]');
    return {
      id: li.id.replace(/^q-/, ''),
      kind: li.getAttribute('data-kind') as Kind,
      part: Number(li.getAttribute('data-part')),
      ask: li.querySelector('.question-ask')?.textContent ?? '',
      stem: stemOf(li.querySelector('[data-stem]')),
      answers: texts(li, '[data-answer]'),
      options: texts(li, '[data-option]'),
      correct: texts(li, '[data-option][data-correct]'),
      link: link?.getAttribute('href') ?? '',
      place: link?.textContent ?? '',
    };
  });
}
