import { citation, gbt7714, isoDay } from '../citation.ts';
import { fill } from '../../i18n/fill.ts';
import { controlsText as ui } from '../../i18n/browser.ts';
import { build, button, icon } from '../../shell/dom.ts';
import { copyText } from '../../shell/copy.ts';
import { numberOfParagraph, placeOfBlock } from '../../shell/place.ts';
import type { QrCode } from './qr-code.ts';

/** The block a link mark or paragraph number stands for: its own paragraph, or the item, section or part it marks. */
function blockOf(link: Element): HTMLElement | null {
  const block = link.matches('.paragraph-number')
    ? link.closest<HTMLElement>('.paragraph')
    : link.closest<HTMLElement>('.item, .relationship, .part-heading, h2[id], h3[id]');
  return block?.closest('[data-speech]') ? block : null;
}

const addressOf = (block: HTMLElement) => `${location.origin}${location.pathname}#${block.id}`;

/** The sheet's contents, built here: without JavaScript it would do nothing, so pages do not carry it. */
function contents(): Node[] {
  const copy = (kind: string, name: 'link' | 'quote', label: string, done: string) =>
    button({ 'data-copy': kind, 'data-done': done }, icon(name), label);
  return [
    build(
      'div',
      { class: 'cite-head' },
      build('p', { class: 'cite-place', id: 'cite-place' }),
      build(
        'div',
        { class: 'cite-actions' },
        button({ 'data-read-from': '' }, icon('speaker'), ui['cite.readFromHere']),
        button({ 'data-qr': 'block' }, icon('qr'), ui['qr.open']),
      ),
    ),
    build(
      'div',
      { class: 'cite-actions' },
      copy('link', 'link', ui['cite.copyLink'], ui['cite.linkCopied']),
      copy('citation', 'quote', ui['cite.copyCitation'], ui['cite.citationCopied']),
      copy('gbt7714', 'quote', ui['cite.copyGbt7714'], ui['cite.citationCopied']),
      button({ class: 'cite-close', 'aria-label': ui['cite.close'] }, icon('close')),
    ),
    build('p', { class: 'cite-status', role: 'status', 'data-failed': ui['cite.copyFailed'] }),
  ];
}

/**
 * The 复制链接 / 复制引用 sheet (an empty element in the page, filled here) at the foot of the screen, for the block whose paragraph number or
 * link mark the reader followed; site.ts hands it every such click, including one made before this code arrived.
 */
export class CiteTools extends HTMLElement {
  #block: HTMLElement | null = null;
  #trigger: HTMLElement | null = null;
  #ready = false;

  connectedCallback() {
    if (this.#ready) return;
    this.#ready = true;
    this.setAttribute('role', 'dialog');
    this.setAttribute('aria-labelledby', 'cite-place');
    this.replaceChildren(...contents());
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-copy]'))
      button.addEventListener('click', () => void this.#copy(button));
    this.querySelector('button[data-qr]')?.addEventListener('click', () => this.#showQrCode());
    // 从这里朗读 (指读): 朗读's code loads now, and reads on from this block.
    this.querySelector('button[data-read-from]')?.addEventListener('click', () => {
      const block = this.#block;
      this.close(false);
      if (block) void import('../../read-aloud/browser/read-aloud.ts').then(({ start }) => start({ from: block }));
    });
    this.querySelector('.cite-close')?.addEventListener('click', () => this.close());
    this.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.close();
    });
    document.addEventListener('click', (event) => {
      const target = event.target;
      if (this.hidden || !(target instanceof Element) || this.contains(target)) return;
      // The QR code's dialog opens over the sheet: the sheet stays, so that closing it brings the reader back here.
      if (!target.closest('.paragraph-number, .permalink, .qr-dialog')) this.close(false);
    });
  }

  /** Opens the sheet for the block that `link` marks, with the focus on its first button. */
  open(link: HTMLElement) {
    const block = blockOf(link);
    if (!block) return;
    this.#block = block;
    this.#trigger = link;
    const paragraph = block.matches('.paragraph') ? block : null;
    const place = this.querySelector('.cite-place');
    if (place)
      place.textContent = paragraph
        ? fill(ui['cite.paragraph'], { place: placeOfBlock(paragraph), number: numberOfParagraph(paragraph) })
        : placeOfBlock(block);
    const status = this.querySelector('.cite-status');
    if (status) status.textContent = '';
    this.hidden = false;
    this.querySelector<HTMLButtonElement>('button[data-copy]')?.focus({ preventScroll: true });
  }

  /** Hides the sheet; the focus goes back to the link that opened it unless the reader has moved on. */
  close(returnFocus = true) {
    if (this.hidden) return;
    this.hidden = true;
    if (returnFocus) this.#trigger?.focus({ preventScroll: true });
  }

  #showQrCode() {
    const block = this.#block;
    const place = this.querySelector('.cite-place')?.textContent ?? '';
    if (block) void document.querySelector<QrCode>('qr-code')?.show(addressOf(block), place);
  }

  async #copy(button: HTMLButtonElement) {
    const block = this.#block;
    const status = this.querySelector<HTMLElement>('.cite-status');
    if (!block || !status) return;
    const kind = button.dataset.copy;
    const text =
      kind === 'citation' ? this.#citation(block) : kind === 'gbt7714' ? this.#gbt7714(block) : addressOf(block);
    status.textContent = ((await copyText(text)) ? button.dataset.done : status.dataset.failed) ?? '';
  }

  #citation(block: HTMLElement): string {
    const paragraph = block.matches('.paragraph') ? block : block.querySelector<HTMLElement>('.paragraph');
    const title = document.querySelector<HTMLMetaElement>('meta[name="citation_title"]')?.content ?? '';
    return citation({
      title,
      place: placeOfBlock(block),
      paragraph: paragraph ? numberOfParagraph(paragraph) : undefined,
      url: addressOf(block),
    });
  }

  // The access date is the day of copying, on the reader's clock.
  #gbt7714(block: HTMLElement): string {
    const title = document.querySelector<HTMLMetaElement>('meta[name="citation_title"]')?.content ?? '';
    const facts = JSON.parse(this.dataset.reference ?? '{}') as object;
    return gbt7714({ ...facts, title, url: addressOf(block), accessed: isoDay(new Date()) });
  }
}
