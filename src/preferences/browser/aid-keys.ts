// The reading aids' keys: Shift and a letter, outside text fields, as on the official 无障碍 toolbars. None is a
// browser's (those take Ctrl, Alt or ⌘) or search's (/ and Ctrl/⌘+K); a screen reader's own keys come first.
import { PREFERENCE_KEYS as KEYS } from '../preferences.ts';
import { SHORTCUTS, type Shortcut } from '../shortcuts.ts';
import { url } from '../../site/urls.ts';
import { stepTextSize, stepTheme, toggle } from './site-preferences.ts';

/** What each key asks (src/preferences/shortcuts.ts names the keys). */
const ACTIONS: Record<Shortcut, () => void> = {
  read: () => void readAloud('toggle'),
  stop: () => void readAloud('stop'),
  speed: () => void readAloud('speed'),
  captions: () => void readAloud('captions'),
  care: () => toggle(KEYS.care),
  theme: stepTheme,
  larger: () => stepTextSize(1),
  smaller: () => stepTextSize(-1),
  cursor: () => toggle(KEYS.cursor),
  guide: () => toggle(KEYS.guide),
  help: () => location.assign(url('accessibility/')),
};
// By the physical key, so that Caps Lock or the keyboard's layout does not matter.
const BY_CODE = new Map<string, () => void>(
  Object.entries(SHORTCUTS).map(([name, { code }]) => [code, ACTIONS[name as Shortcut]]),
);

const speechPage = () => document.querySelector('[data-speech] .paragraph') !== null;

/** 朗读's part of the keys, on the pages it reads; its code loads on the first of them. */
async function readAloud(action: 'toggle' | 'stop' | 'speed' | 'captions') {
  if (!speechPage()) return;
  const { start } = await import('../../read-aloud/browser/read-aloud.ts');
  await start({ action });
}

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

/** Acts on a Shift+key that site.ts passed on, unless the reader is typing or held another modifier. */
export function press(event: KeyboardEvent) {
  if (!event.shiftKey || event.ctrlKey || event.altKey || event.metaKey || event.repeat || typing(event.target)) return;
  BY_CODE.get(event.code)?.();
}
