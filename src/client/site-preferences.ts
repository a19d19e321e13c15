// The theme and text-size controls: they save the reader's choice, which public/preferences.js applies on every load.
import { controlsText as ui } from '../i18n/browser.ts';
import { build, button } from './dom.ts';

/** The text sizes a reader can choose, smallest first; "medium" is the default and sets no attribute. */
const TEXT_SIZES = ['small', 'medium', 'large', 'larger'] as const;
type TextSize = (typeof TEXT_SIZES)[number];
const SIZE_LABELS = [
  ui['preferences.textSize.small'],
  ui['preferences.textSize.medium'],
  ui['preferences.textSize.large'],
  ui['preferences.textSize.larger.value'],
];

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
      ...(['system', 'light', 'dark'] as const).map((theme) =>
        button({ 'data-set-theme': theme, 'aria-pressed': 'false' }, ui[`preferences.theme.${theme}`]),
      ),
    ),
    group(
      ui['preferences.textSize'],
      button({ 'data-text-step': '-1', 'aria-label': ui['preferences.textSize.smaller'] }, 'A−'),
      build('span', { class: 'preferences-value', 'data-text-size-label': '', 'aria-live': 'polite' }),
      button({ 'data-text-step': '1', 'aria-label': ui['preferences.textSize.larger'] }, 'A+'),
    ),
  );

function save(key: string, value: string | undefined) {
  try {
    if (value) localStorage.setItem(key, value);
    else localStorage.removeItem(key);
  } catch {
    // Without storage the choice lasts for this page only.
  }
}

export class SitePreferences extends HTMLElement {
  #ready = false;

  connectedCallback() {
    // Once: a second connection would add a second panel and second listeners.
    if (this.#ready) return;
    this.#ready = true;
    // Opened before this code arrived, the <details> shows the panel now.
    this.querySelector('details')?.append(buildPanel());
    this.addEventListener('click', (event) => {
      const button = event.target instanceof Element ? event.target.closest('button') : null;
      if (button?.dataset.setTheme) this.#setTheme(button.dataset.setTheme);
      if (button?.dataset.textStep) this.#setTextSize(Number(button.dataset.textStep));
    });
    // The preferences panel (显示设置) closes like a menu: on Esc, and on a tap anywhere outside it.
    const panel = this.querySelector('details');
    document.addEventListener('click', (event) => {
      if (panel?.open && event.target instanceof Node && !this.contains(event.target)) panel.open = false;
    });
    this.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || !panel?.open) return;
      panel.open = false;
      panel.querySelector('summary')?.focus();
    });
    this.#setTheme(document.documentElement.dataset.theme ?? 'system');
    this.#setTextSize(0);
  }

  #setTheme(theme: string) {
    const root = document.documentElement;
    const chosen = theme === 'light' || theme === 'dark' ? theme : undefined;
    if (chosen) root.dataset.theme = chosen;
    else delete root.dataset.theme;
    save('theme', chosen);
    for (const button of this.querySelectorAll<HTMLButtonElement>('[data-set-theme]'))
      button.setAttribute('aria-pressed', String(button.dataset.setTheme === (chosen ?? 'system')));
  }

  #setTextSize(step: number) {
    const root = document.documentElement;
    const current = TEXT_SIZES.indexOf((root.dataset.textSize ?? 'medium') as TextSize);
    const at = Math.min(TEXT_SIZES.length - 1, Math.max(0, current + step));
    const size = TEXT_SIZES[at] ?? 'medium';
    if (size === 'medium') delete root.dataset.textSize;
    else root.dataset.textSize = size;
    save('text-size', size === 'medium' ? undefined : size);
    const label = this.querySelector<HTMLElement>('[data-text-size-label]');
    if (label) label.textContent = SIZE_LABELS[at] ?? '';
  }
}
