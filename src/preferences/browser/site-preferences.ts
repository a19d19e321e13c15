// The settings (配色, 字号, 大鼠标, 阅读辅助线) and the header's 关怀模式 switch: they save the reader's choice under the
// keys of src/preferences/preferences.ts, which the pre-paint script (preferences.js) applies on every load.
import { controlsText as ui } from '../../i18n/browser.ts';
import { PREFERENCE_KEYS as KEYS, THEMES, type PreferenceKey } from '../preferences.ts';
import { SHORTCUTS } from '../shortcuts.ts';
import { url } from '../../site/urls.ts';
import { build, button } from '../../shell/dom.ts';
import { store } from '../../shell/storage.ts';

/** Fired on document whenever a choice changes, so that every control showing it (panel, header) shows it again. */
export const CHANGED = 'preferences-changed';

/** The text sizes a reader can choose, smallest first; "medium" is the default and sets no attribute. */
const TEXT_SIZES = ['small', 'medium', 'large', 'larger'] as const;
type TextSize = (typeof TEXT_SIZES)[number];
const SIZE_LABELS = [
  ui['preferences.textSize.small'],
  ui['preferences.textSize.medium'],
  ui['preferences.textSize.large'],
  ui['preferences.textSize.larger.value'],
];
/** The switches that are on or off. */
const SWITCHES = { care: KEYS.care, cursor: KEYS.cursor, guide: KEYS.guide } as const;

const attribute = (key: PreferenceKey) => `data-${key}`;
/** The reader's current choice for `key`, as the page shows it. */
export const current = (key: PreferenceKey) => document.documentElement.getAttribute(attribute(key)) ?? undefined;

/** Shows and saves a choice; no value means the default. */
export function choose(key: PreferenceKey, value: string | undefined) {
  const root = document.documentElement;
  if (value) root.setAttribute(attribute(key), value);
  else root.removeAttribute(attribute(key));
  // Without storage the choice lasts for this page only.
  store(key, value || undefined);
  showCare();
  document.dispatchEvent(new Event(CHANGED));
}

/** The header's 关怀模式 switch shows whether it is on (the page's markup cannot know before its scripts run). */
export function showCare() {
  for (const button of document.querySelectorAll('.care-switch'))
    button.setAttribute('aria-pressed', String(Boolean(current(KEYS.care))));
}

/** Turns a switch (关怀模式, 大鼠标, 阅读辅助线) on or off. */
export const toggle = (key: (typeof SWITCHES)[keyof typeof SWITCHES]) => choose(key, current(key) ? undefined : 'on');

/** The next colour scheme after the current one (Shift+K). */
export function stepTheme() {
  const at = THEMES.indexOf((current(KEYS.theme) ?? 'system') as (typeof THEMES)[number]);
  const next = THEMES[(at + 1) % THEMES.length];
  choose(KEYS.theme, next === 'system' ? undefined : next);
}

/** One text size larger (+1) or smaller (−1), within the steps. */
export function stepTextSize(step: number) {
  const at = Math.max(0, TEXT_SIZES.indexOf((current(KEYS.textSize) ?? 'medium') as TextSize));
  const size = TEXT_SIZES[Math.min(TEXT_SIZES.length - 1, Math.max(0, at + step))] ?? 'medium';
  choose(KEYS.textSize, size === 'medium' ? undefined : size);
}

/** A labelled row of buttons. */
const group = (label: string, ...children: Node[]) =>
  build(
    'div',
    { role: 'group', 'aria-label': label },
    build('span', { class: 'preferences-label', 'aria-hidden': 'true' }, label),
    ...children,
  );

/** The panel, built here: without JavaScript it would do nothing, so pages carry only its <details> and summary. */
const buildPanel = () =>
  build(
    'div',
    { class: 'preferences-panel' },
    group(
      ui['preferences.theme'],
      ...THEMES.map((theme) =>
        button(
          { 'data-set-theme': theme, 'aria-pressed': 'false', 'aria-keyshortcuts': SHORTCUTS.theme.keys },
          ui[`preferences.theme.${theme}`],
        ),
      ),
    ),
    group(
      ui['preferences.textSize'],
      button({ 'data-text-step': '-1', 'aria-label': ui['preferences.textSize.smaller'] }, 'A−'),
      build('span', { class: 'preferences-value', 'data-text-size-label': '', 'aria-live': 'polite' }),
      button({ 'data-text-step': '1', 'aria-label': ui['preferences.textSize.larger'] }, 'A+'),
    ),
    group(
      ui['preferences.aids'],
      button(
        { 'data-switch': KEYS.cursor, 'aria-pressed': 'false', 'aria-keyshortcuts': SHORTCUTS.cursor.keys },
        ui['preferences.cursor'],
      ),
      button(
        { 'data-switch': KEYS.guide, 'aria-pressed': 'false', 'aria-keyshortcuts': SHORTCUTS.guide.keys },
        ui['preferences.guide'],
      ),
    ),
    // In 关怀模式 the header keeps only the essentials: search is here, one tap away.
    build(
      'div',
      { class: 'preferences-more' },
      build('a', { class: 'preferences-search', href: '#search' }, ui['preferences.search']),
      build('a', { href: url('accessibility/') }, ui['preferences.help']),
      ...editionLink(),
    ),
  );

/**
 * The other edition, named in its own script as the header's 简/繁 link names it: in 关怀模式 the header has no room
 * for that link on a phone, so here it is one tap away (src/traditional/browser/edition-switch.ts keeps the place and the choice).
 */
function editionLink(): HTMLElement[] {
  const { lang, dataset } = document.documentElement;
  if (!dataset.twin) return [];
  const other = lang === 'zh-Hant' ? 'zh-CN' : 'zh-Hant';
  const name = other === 'zh-Hant' ? '繁體中文' : '简体中文';
  return [build('a', { href: dataset.twin, hreflang: other, lang: other, 'data-edition-switch': '' }, name)];
}

/** Shows every choice on the controls that show it: the panel's pressed buttons, the header's 关怀模式. */
function show(scope: ParentNode) {
  const theme = current(KEYS.theme) ?? 'system';
  for (const button of scope.querySelectorAll<HTMLElement>('[data-set-theme]'))
    button.setAttribute('aria-pressed', String(button.dataset.setTheme === theme));
  for (const button of scope.querySelectorAll<HTMLElement>('[data-switch]'))
    button.setAttribute('aria-pressed', String(Boolean(current(button.dataset.switch as PreferenceKey))));
  const at = Math.max(0, TEXT_SIZES.indexOf((current(KEYS.textSize) ?? 'medium') as TextSize));
  const label = scope.querySelector<HTMLElement>('[data-text-size-label]');
  if (label) label.textContent = SIZE_LABELS[at] ?? '';
}

export class SitePreferences extends HTMLElement {
  #ready = false;

  connectedCallback() {
    // Once: a second connection would add a second panel and second listeners.
    if (this.#ready) return;
    this.#ready = true;
    // Opened before this code arrived, the <details> shows the panel now.
    this.querySelector('details')?.append(buildPanel());
    const panel = this.querySelector('details');
    this.addEventListener('click', (event) => {
      const button = event.target instanceof Element ? event.target.closest('button') : null;
      const theme = button?.dataset.setTheme;
      if (theme) choose(KEYS.theme, theme === 'system' ? undefined : theme);
      if (button?.dataset.textStep) stepTextSize(Number(button.dataset.textStep));
      if (button?.dataset.switch) toggle(button.dataset.switch as typeof KEYS.cursor);
      // Search opens as from the header's own link (hidden in 关怀模式), which site.ts handles.
      if (event.target instanceof Element && event.target.closest('.preferences-search')) {
        event.preventDefault();
        if (panel) panel.open = false;
        document.querySelector<HTMLElement>('.site-header .search-open')?.click();
      }
    });
    // The preferences panel (显示设置) closes like a menu: on Esc, and on a tap anywhere outside it.
    document.addEventListener('click', (event) => {
      if (panel?.open && event.target instanceof Node && !this.contains(event.target)) panel.open = false;
    });
    this.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || !panel?.open) return;
      panel.open = false;
      panel.querySelector('summary')?.focus();
    });
    document.addEventListener(CHANGED, () => show(this));
    show(this);
  }
}
