// The theme and text-size controls: they save the reader's choice, which public/preferences.js applies on every load.

const root = document.documentElement;

/** The text sizes a reader can choose, smallest first; "medium" is the default and sets no attribute. */
export const TEXT_SIZES = ['small', 'medium', 'large', 'larger'] as const;

function save(key: string, value: string | undefined) {
  try {
    if (value) localStorage.setItem(key, value);
    else localStorage.removeItem(key);
  } catch {
    // Without storage the choice lasts for this page only.
  }
}

function setTheme(theme: string) {
  const chosen = theme === 'light' || theme === 'dark' ? theme : undefined;
  if (chosen) root.dataset.theme = chosen;
  else delete root.dataset.theme;
  save('theme', chosen);
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-set-theme]'))
    button.setAttribute('aria-pressed', String(button.dataset.setTheme === (chosen ?? 'system')));
}

function setTextSize(step: number) {
  const current = TEXT_SIZES.indexOf((root.dataset.textSize ?? 'medium') as (typeof TEXT_SIZES)[number]);
  const size = TEXT_SIZES[Math.min(TEXT_SIZES.length - 1, Math.max(0, current + step))]!;
  if (size === 'medium') delete root.dataset.textSize;
  else root.dataset.textSize = size;
  save('text-size', size === 'medium' ? undefined : size);
  const label = document.querySelector('[data-text-size-label]');
  if (label) label.textContent = { small: '小', medium: '中', large: '大', larger: '特大' }[size];
}

export function startPreferences() {
  const controls = document.querySelector<HTMLElement>('.preferences');
  if (!controls) return;
  controls.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button');
    if (button?.dataset.setTheme) setTheme(button.dataset.setTheme);
    if (button?.dataset.textStep) setTextSize(Number(button.dataset.textStep));
  });
  setTheme(root.dataset.theme ?? 'system');
  setTextSize(0);
}
