import type { Outline } from '../speech/outline.ts';
import { runsOf, type Kind, type Question } from './questions.ts';
import type { ReciteText } from './browser/recite.ts';
import { practiceText } from './strings.ts';

/** The page's own prose (the editorial choices are in docs/features.md#自测 and on this page). */
export const Lede = {
  notOfficial:
    '据原文生成的自测，非官方试题。每一题都是讲话中的一句原话：填空挖去原句中的引号词语或数字，单选和多选的每个选项都是讲话中的原话（错误选项取自讲话的其他地方），出处题的选项是讲话自己的标题；每题都链接到原文所在段落。',
  how: '讲话提到但没有逐项列出的内容（如“四个短板”、10个方面新突破、50项重点任务），本页只考其名称和数字，不考其内容。作答、提示和错题本只保存在本机浏览器中。',
  bank: '全部题目',
  rules: '出题规则',
  anki: '下载 Anki 卡片（填空题，.txt）',
  ankiHow: '在 Anki 中用“文件 → 导入”打开，每张卡片注明出处和原文链接。',
  recite: '背诵',
  reciteHow:
    '选一段或一组“一是、二是……”，先全部隐藏，再逐步显示首字、隔字直到全文；点方块显示一个字。一组各条中，第一条始终显示，提示下一条。背诵只在本页进行，不保存，原文页面始终完整显示。',
  reciteNoScript: '背诵需要浏览器启用脚本。',
};

/** How the questions are made, for the reader (the editorial choices; docs/features.md#自测 has the same). */
export const RULES = [
  '填空：讲话中每一句含引号词语的原句，挖去其中全部引号内的词语；每一句含“N个、N项”之类数字的原句，挖去其中全部数字。',
  '单选：同一类原句挖去一个引号词语（原句中多次出现时一并挖去），其余三个选项是讲话中别处、字数相同的引号词语。',
  '多选：讲话中“一是、二是……”各条的开头一句；错误选项是另一组的两条原句。“要注重把握好4个关系”、三个“坚决不要”和三个“万亿突破”（编者在行动方案要点中列出成员的提法）也以多选出现。',
  '出处：含引号词语或数字、且在讲话中只出现一次的原句，选项是讲话自己的小节标题（或部分标题）。',
  '填空作答时，全角半角、空格和繁简字形的差别不算错，其他任何字不同都算错。提示依次给出首字、前半、所在段落，用过提示的题记为“用了提示”。',
  '错题本和复习时间只保存在本机浏览器，由开源的 FSRS 间隔复习算法（ts-fsrs）安排；可在摘抄本的备份文件中一并备份。',
];

const ORDER: Kind[] = ['fill', 'choice', 'multi', 'source'];

/** 共190题：填空62题，单选72题，… */
export function countsOf(questions: Question[]): string {
  const count = (kind: Kind) => questions.filter((q) => q.kind === kind).length;
  const kinds = ORDER.map((kind) => `${practiceText[`kind.${kind}`]}${count(kind)}题`).join('，');
  return `共${questions.length}题：${kinds}。`;
}

/** What 背诵 offers, by id: every paragraph, then every run of items (their lead sentences, the first cueing the next). */
export function reciteTexts(outline: Outline, pageUrl: (slug: string) => string): Record<string, ReciteText> {
  const paragraphs = outline.parts.flatMap((part) =>
    part.paragraphs.map((p): [string, ReciteText] => [
      p.id,
      { label: `第${p.number}段　${p.place}`, path: pageUrl(part.slug), target: p.id, lines: [p.text] },
    ]),
  );
  const runs = runsOf(outline).map((run): [string, ReciteText] => [
    `run-${run.target}`,
    {
      label: `${run.place}　${run.items.length}条`,
      path: pageUrl(run.part.slug),
      target: run.target,
      lines: run.items,
    },
  ]);
  return Object.fromEntries([...paragraphs, ...runs]);
}
