// The reading aids' keys, named once: the keymap (src/preferences/browser/aid-keys.ts), the controls' aria-keyshortcuts and the
// 无障碍说明 page all read this table. Each is Shift and a key (KeyboardEvent.code), pressed outside a text field.

export const SHORTCUTS = {
  read: { code: 'KeyR', keys: 'Shift+R' },
  stop: { code: 'KeyX', keys: 'Shift+X' },
  speed: { code: 'KeyS', keys: 'Shift+S' },
  captions: { code: 'KeyL', keys: 'Shift+L' },
  care: { code: 'KeyC', keys: 'Shift+C' },
  theme: { code: 'KeyK', keys: 'Shift+K' },
  larger: { code: 'Equal', keys: 'Shift+=' },
  smaller: { code: 'Minus', keys: 'Shift+-' },
  cursor: { code: 'KeyF', keys: 'Shift+F' },
  guide: { code: 'KeyG', keys: 'Shift+G' },
  help: { code: 'Slash', keys: 'Shift+/' },
} as const;

export type Shortcut = keyof typeof SHORTCUTS;
