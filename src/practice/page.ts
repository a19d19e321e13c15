import type { Kind, Question } from './questions.ts';
import { practiceText } from './strings.ts';

/** The page's own prose (the editorial choices are in docs/features.md#自测 and on this page). */
export const Lede = {
  notOfficial:
    '据原文生成的自测，非官方试题。每一题都是讲话中的一句原话：填空挖去原句中的引号词语或数字，单选和多选的每个选项都是讲话中的原话（错误选项取自讲话的其他地方），出处题的选项是讲话自己的标题；每题都链接到原文所在段落。',
  how: '讲话提到但没有逐项列出的内容（如“四个短板”、10个方面新突破、50项重点任务），本页只考其名称和数字，不考其内容。作答、提示和错题本只保存在本机浏览器中。',
  bank: '全部题目',
};

const ORDER: Kind[] = ['fill', 'choice', 'multi', 'source'];

/** 共190题：填空62题，单选72题，… */
export function countsOf(questions: Question[]): string {
  const count = (kind: Kind) => questions.filter((q) => q.kind === kind).length;
  const kinds = ORDER.map((kind) => `${practiceText[`kind.${kind}`]}${count(kind)}题`).join('，');
  return `共${questions.length}题：${kinds}。`;
}
