// The 心得's title and 字数 target (不少于 / 左右 / 以内 N 字), and the live count against it.
import { fill } from '../../i18n/fill.ts';
import { writingStrings as ui } from './strings.ts';
import { build } from '../../shell/dom.ts';
import {
  againstTarget,
  parseTarget,
  setting,
  settingPiece,
  TARGET_MODES,
  targetText,
  type DraftPiece,
} from '../draft.ts';

/** The title field and the target's mode and number; each change is saved as its setting. `show` puts the stored
 * settings in the fields (after another tab changed them), except in the one being typed in. */
export function settingsFields(save: (piece: DraftPiece) => void): {
  element: HTMLElement;
  show(pieces: DraftPiece[]): void;
} {
  const now = () => new Date().toISOString();
  const title = build('input', { id: 'draft-title', type: 'text' }) as HTMLInputElement;
  title.addEventListener('input', () => save(settingPiece('title', title.value, now())));
  const mode = build('select', { id: 'draft-target-mode', 'aria-label': ui['draft.target'] }) as HTMLSelectElement;
  mode.append(build('option', { value: '' }, ui['draft.target.none']));
  for (const m of TARGET_MODES) mode.append(build('option', { value: m }, ui[`draft.target.${m}`]));
  const count = build('input', {
    id: 'draft-target-count',
    type: 'number',
    min: '1',
    step: '100',
    inputmode: 'numeric',
    'aria-label': ui['draft.target.count'],
  }) as HTMLInputElement;
  const show = (pieces: DraftPiece[]) => {
    const target = parseTarget(setting(pieces, 'target'));
    if (document.activeElement !== title) title.value = setting(pieces, 'title');
    if (document.activeElement !== mode) mode.value = target?.mode ?? '';
    if (document.activeElement !== count) count.value = target ? String(target.count) : '';
  };
  const changed = () => {
    const chosen = TARGET_MODES.find((m) => m === mode.value);
    const n = Number(count.value);
    const text = chosen && Number.isInteger(n) && n > 0 ? targetText({ mode: chosen, count: n }) : '';
    save(settingPiece('target', text, now()));
  };
  mode.addEventListener('change', changed);
  count.addEventListener('input', changed);
  const element = build(
    'div',
    { class: 'draft-settings' },
    build('label', { for: 'draft-title' }, ui['draft.title']),
    title,
    build(
      'fieldset',
      { class: 'draft-target' },
      build('legend', {}, ui['draft.target']),
      mode,
      count,
      build('span', {}, ui['draft.chars']),
    ),
  );
  return { element, show };
}

/** 共N字：引自讲话Q字（P%），自己写的O字, and how far that is from the target. */
export function showCount(
  where: HTMLElement,
  { quoted, own, total }: { quoted: number; own: number; total: number },
  pieces: DraftPiece[],
) {
  const percent = total ? Math.round((quoted / total) * 100) : 0;
  const line = fill(ui['draft.count'], { total, quoted, own, percent });
  const target = parseTarget(setting(pieces, 'target'));
  if (!target) {
    where.textContent = line;
    delete where.dataset.state;
    return;
  }
  const { state, by } = againstTarget(total, target);
  where.textContent = `${line}${fill(ui[`draft.state.${state}`], { by })}`;
  where.dataset.state = state;
}
