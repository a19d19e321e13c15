// Saving and copying files, and buttons that say in a status line how their action went: shared by 摘抄本 and the
// 心得提纲 (src/writing/browser/draft-exports.ts).
import { studyStrings as ui } from '../../i18n/browser.ts';
import { build, button } from '../../shell/dom.ts';

/** Saves `data` as a file of this name. */
export function download(name: string, data: Blob) {
  const link = build('a', { href: URL.createObjectURL(data), download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.getAttribute('href') ?? ''), 10_000);
}

export const textFile = (text: string, type = 'text/plain') => new Blob([text], { type: `${type};charset=utf-8` });

/** A button whose action's outcome, or the error that stopped it, is said in the status line. */
export function action(status: HTMLElement, label: string, run: () => Promise<string> | string, kind?: string) {
  const b = button(kind ? { 'data-export': kind } : {}, label);
  b.addEventListener('click', async () => {
    try {
      status.textContent = await run();
    } catch (error) {
      status.textContent = error instanceof Error ? error.message : String(error);
    }
  });
  return b;
}

export const copied = (done: boolean) => (done ? ui['notes.copied'] : ui['study.copyFailed']);

/** Saves a file and says so. */
export const saved = (name: string, file: Blob) => (download(name, file), ui['notes.downloaded']);

/** A download that takes a moment (a .docx): the status line says so while `make` writes the file. */
export function slowDownload(
  status: HTMLElement,
  label: string,
  kind: string,
  name: () => string,
  make: () => Promise<Blob>,
) {
  return action(
    status,
    label,
    async () => {
      status.textContent = ui['notes.working'];
      return saved(name(), await make());
    },
    kind,
  );
}
