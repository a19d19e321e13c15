// 朗读's choices that need no browser: the speeds, and which of the listed voices reads Chinese.

/** 语速 慢 / 中 / 快 as the engine's rate (1 is the voice's own pace). */
export const RATES = { slow: 0.75, normal: 1, fast: 1.35 } as const;
export type Speed = keyof typeof RATES;

/** What a voice tells about itself; the browser's SpeechSynthesisVoice has these and more. */
export interface Voice {
  lang: string;
  default: boolean;
}

// Matched by language, never by position or name: zh-CN, zh_CN, cmn-CN, cmn-Hans-CN first; then other Mandarin
// (zh-TW reads Simplified text too); never Cantonese (zh-HK, yue).
const lang = (voice: Voice) => voice.lang.replace(/_/g, '-').toLowerCase();
const RANKS = [
  (voice: Voice) => /^(zh|cmn)(-hans)?-cn$/.test(lang(voice)),
  (voice: Voice) => /^(zh|cmn)(-|$)/.test(lang(voice)) && !/-(hk|mo)$/.test(lang(voice)),
];

/** The voice to read Chinese with, the system's default among the best-ranked, or none. */
export function chineseVoice<V extends Voice>(voices: readonly V[]): V | undefined {
  for (const fits of RANKS) {
    const found = voices.filter(fits);
    if (found.length) return found.find((v) => v.default) ?? found[0];
  }
  return undefined;
}
