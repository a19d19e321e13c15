import { build } from './dom.ts';

/** Puts text on the clipboard; on an intranet served over plain http the Clipboard API is missing, so fall back to a selection copy. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const field = build('textarea', { readonly: '', class: 'visually-hidden' }, text) as HTMLTextAreaElement;
    document.body.append(field);
    field.select();
    const copied = document.execCommand('copy');
    field.remove();
    return copied;
  }
}
