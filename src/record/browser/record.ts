// 学习记录's loader, started by the controls on the reader's first move: the bars in the page's contents, and on a
// page of the speech the recorder while the record is on. Importing it does nothing.
import { stylesheet } from '../../shell/stylesheet.ts';
import styles from '../record.css?url';
import { drawBars, partsOnPage } from './bars.ts';
import { showFault } from './fault.ts';
import { startRecorder } from './recorder.ts';
import { recordStore } from './record-store.ts';

/** 摘抄本's address in this edition, from the site's navigation. */
const notesPage = () => document.querySelector<HTMLAnchorElement>('.site-nav a[href$="/notes/"]')?.href;

export function start() {
  const store = recordStore();
  const parts = partsOnPage();
  let stop: (() => void) | undefined;
  const follow = () => {
    const speech = document.querySelector('[data-speech] .paragraph[id]');
    if (store.on && speech && !stop) stop = startRecorder(store, parts);
    if (!store.on && stop) (stop(), (stop = undefined));
  };
  const draw = () => (drawBars(store.record, store.on, notesPage()), showFault(store.failure));
  void stylesheet(styles).then(draw);
  store.onChange(() => (follow(), draw()));
  follow();
}
