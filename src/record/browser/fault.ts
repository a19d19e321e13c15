// 学习记录's storage fault, told wherever the record writes: in every contents list of the page (beside the bars), and
// once over the top of the screen, since a phone's contents are in a closed drawer; the reader can put it away.
import { recordText as ui } from '../../i18n/browser.ts';
import { build, button } from '../../shell/dom.ts';

let putAway = false;

/** Shows the fault (storage blocked or full) or, with none, removes it; a fault put away stays away until the next. */
export function showFault(failure: string) {
  for (const old of document.querySelectorAll('.record-fault')) old.remove();
  if (!failure) {
    putAway = false;
    return;
  }
  for (const toc of document.querySelectorAll('nav.toc'))
    toc.prepend(build('p', { class: 'record-fault' }, ui.storageFailed));
  if (putAway) return;
  const close = button({}, ui.faultClose);
  const notice = build('div', { class: 'record-fault record-fault-notice', role: 'alert' }, ui.storageFailed, close);
  close.addEventListener('click', () => ((putAway = true), notice.remove()));
  document.body.append(notice);
}
