// The 心得提纲's rows: each piece with its field or words and its move buttons, and each passage of 摘抄本 with the
// buttons that put its words or its note into the draft. What the reader wrote goes in as text, never as markup.
import { fill } from '../../i18n/fill.ts';
import { writingStrings as ui } from './strings.ts';
import { build, button } from '../../shell/dom.ts';
import type { Entry } from '../../study/export.ts';
import type { DraftPiece } from '../draft.ts';

export interface RowActions {
  move(id: string, to: number): void;
  remove(id: string): void;
  edit(id: string, text: string): void;
}

type Arranged = 'heading' | 'text' | 'quote' | 'thought';
const kindLabel = (kind: DraftPiece['kind']) => ui[`draft.kind.${kind as Arranged}`];

/** A short name of the piece for its buttons' labels: its kind and first words. */
function nameOf(piece: DraftPiece, entry: Entry | undefined): string {
  const words =
    piece.kind === 'quote' ? entry?.record.exact : piece.kind === 'thought' ? entry?.record.note : piece.text;
  const start = [...(words ?? '').trim()].slice(0, 12).join('');
  return start ? `${kindLabel(piece.kind)}“${start}”` : kindLabel(piece.kind);
}

function field(piece: DraftPiece, actions: RowActions): HTMLElement {
  const attributes = { class: 'draft-field', 'data-role': 'field', 'aria-label': kindLabel(piece.kind) };
  const input = (
    piece.kind === 'heading'
      ? build('input', { ...attributes, type: 'text' })
      : build('textarea', { ...attributes, rows: '4' })
  ) as HTMLInputElement | HTMLTextAreaElement;
  input.value = piece.text;
  input.addEventListener('input', () => actions.edit(piece.id, input.value));
  return input;
}

function words(piece: DraftPiece, entry: Entry | undefined): HTMLElement[] {
  if (!entry || (piece.kind === 'thought' && !entry.record.note))
    return [build('p', { class: 'draft-gone' }, ui['draft.gone'])];
  const text =
    piece.kind === 'quote'
      ? build('blockquote', { class: 'draft-quote' }, `“${entry.record.exact}”`)
      : build('p', { class: 'draft-thought' }, entry.record.note);
  return [text, build('p', { class: 'draft-place' }, build('a', { href: entry.permalink }, entry.info.place))];
}

/** One piece of the draft at `index` of `count`, with 上移, 下移 and 移出提纲. */
export function pieceRow(
  piece: DraftPiece,
  index: number,
  count: number,
  entry: Entry | undefined,
  actions: RowActions,
): HTMLElement {
  const name = nameOf(piece, entry);
  const tool = (role: string, label: string, run: () => void, disabled = false) => {
    const b = button(
      { 'data-role': role, 'aria-label': fill(ui['draft.action'], { action: label, what: name }) },
      label,
    );
    b.disabled = disabled;
    b.addEventListener('click', run);
    return b;
  };
  const body = piece.kind === 'heading' || piece.kind === 'text' ? [field(piece, actions)] : words(piece, entry);
  return build(
    'li',
    { class: `draft-piece draft-${piece.kind}`, 'data-id': piece.id, 'data-kind': piece.kind, tabindex: '-1' },
    build(
      'p',
      { class: 'draft-kind' },
      build('span', { class: 'draft-handle', draggable: 'true', 'aria-hidden': 'true' }, '⠿'),
      kindLabel(piece.kind),
    ),
    ...body,
    build(
      'div',
      { class: 'draft-tools' },
      tool('up', ui['draft.up'], () => actions.move(piece.id, index - 1), index === 0),
      tool('down', ui['draft.down'], () => actions.move(piece.id, index + 1), index === count - 1),
      tool('remove', ui['draft.remove'], () => actions.remove(piece.id)),
    ),
  );
}

/** A passage of 摘抄本 with 加入摘录 and, when it has a note, 加入想法 (each only while not in the draft). */
export function trayRow(
  entry: Entry,
  placed: (kind: 'quote' | 'thought') => boolean,
  add: (kind: 'quote' | 'thought') => void,
): HTMLElement {
  const { record, info } = entry;
  const row = build(
    'li',
    { class: 'draft-entry', 'data-record': record.id },
    build('p', { class: 'draft-place' }, info.place),
    build('blockquote', { class: 'draft-quote' }, record.exact),
  );
  if (record.note) row.append(build('p', { class: 'draft-thought' }, record.note));
  const tools = build('div', { class: 'draft-tools' });
  const offer = (kind: 'quote' | 'thought', label: string) => {
    if (placed(kind)) return;
    const b = button({ 'data-add': kind }, label);
    b.addEventListener('click', () => add(kind));
    tools.append(b);
  };
  offer('quote', ui['draft.addQuote']);
  if (record.note) offer('thought', ui['draft.addThought']);
  row.append(tools);
  return row;
}
