import { STORAGE_KEYS } from '../shell/storage.ts';

// The reader's saved choices: each is kept on the device under its key and shown on <html> as data-<key>, by the
// script every page runs inline before its first paint (prePaintScript, in src/layouts/Base.astro) and by the settings that change it.
// The stylesheets match only the values they know, so an odd stored value changes nothing.

/** The keys, in localStorage and as `data-` attributes on <html>: one list for the pre-paint script and the settings. */
export const PREFERENCE_KEYS = {
  /** 配色: light, dark or one of the high-contrast schemes; none follows the system. */
  theme: STORAGE_KEYS.theme,
  /** 字号: small, large or larger; none is the default. */
  textSize: STORAGE_KEYS.textSize,
  /** 关怀模式: "on", or none. */
  care: STORAGE_KEYS.care,
  /** 大鼠标: "on", or none. */
  cursor: STORAGE_KEYS.cursor,
  /** 阅读辅助线: "on", or none. */
  guide: STORAGE_KEYS.guide,
} as const;

/**
 * The colour schemes (配色), in the order the panel and Shift+K go through them: "system" (no attribute), light, dark,
 * and the 适老化 norms' 白底黑字, 黑底黄字, 蓝底黄字, 黄底黑字, named by their background.
 */
export const THEMES = ['system', 'light', 'dark', 'white', 'black', 'blue', 'yellow'] as const;

export type PreferenceKey = (typeof PREFERENCE_KEYS)[keyof typeof PREFERENCE_KEYS];

/**
 * The pre-paint script, inline in every page's <head> (allowed by its hash in the Content-Security-Policy), so it runs
 * before the first paint however slow the network: it marks <html> data-js (scripts run: the styles show the controls
 * that need them, where `@media (scripting)` is unknown, as before Safari 17) and copies each stored choice to its
 * attribute; without storage the page keeps its defaults.
 */
export const prePaintScript = (keys: readonly string[] = Object.values(PREFERENCE_KEYS)) =>
  `var r=document.documentElement,s,k,v,l;r.dataset.js="";try{s=localStorage;for(k of${JSON.stringify(keys)})(v=s[k])&&r.setAttribute("data-"+k,v);${EDITION_SCRIPT}}catch{}`;

// The remembered edition (繁體中文版): a page of the edition the reader did not choose replaces itself with its twin
// (data-twin on <html>), query and fragment kept, unless the reader came from that twin (the 简/繁 link). The choice
// is stored by src/traditional/browser/edition-switch.ts, in the lazily loaded controls: every byte here counts in the 2 KB.
const EDITION_SCRIPT = `(k=r.dataset.twin)&&(v=s.${STORAGE_KEYS.edition})&&v!=r.lang&&!document.referrer.includes(k)&&(l=location).replace(k+l.search+l.hash)`;
