const editable = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || target.matches('input,textarea,select'));

/** The keys that open search: `/` outside a text field, or Ctrl/⌘+K anywhere. */
export const isShortcut = (event: KeyboardEvent) =>
  (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !editable(event.target)) ||
  (/^k$/i.test(event.key) && (event.ctrlKey || event.metaKey) && !event.altKey);
