import { practiceText, practiceTextHant, type PracticeKey } from '../strings.ts';

// The session's strings in the page's edition (the Traditional pages have html lang="zh-Hant").
const hant = document.documentElement.lang === 'zh-Hant';

export const text = (key: PracticeKey): string => (hant ? practiceTextHant : practiceText)[key];
