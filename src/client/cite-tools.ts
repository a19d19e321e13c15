import { citation, gbt7714, isoDay } from '../citation/citation.ts';
import { copyText } from './copy.ts';

// A paragraph inside an item is cited as the item, unless the reader is on the paragraph's own number.
function blockOf(element: Element | null): HTMLElement | null {
  const block = element?.matches('.paragraph-number')
    ? element.closest<HTMLElement>('.paragraph')
    : (element?.closest<HTMLElement>('.item, .relationship') ??
      element?.closest<HTMLElement>('.part-heading, h2[id], h3[id], .paragraph'));
  return block?.closest('[data-speech]') ? block : null;
}

const addressOf = (block: HTMLElement) => `${location.origin}${location.pathname}#${block.id}`;

/** The 复制链接 / 复制引用 controls (server markup), moved beside whichever block the reader points at or focuses. */
class CiteTools extends HTMLElement {
  #block: HTMLElement | null = null;
  #ready = false;

  // Runs again each time the element is moved beside another block; wire it once.
  connectedCallback() {
    if (this.#ready) return;
    this.#ready = true;
    const status = this.querySelector<HTMLElement>('.cite-status');
    for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
      button.addEventListener('click', async () => {
        const block = this.#block;
        if (!block || !status) return;
        const kind = button.dataset.copy;
        const text =
          kind === 'citation' ? this.#citation(block) : kind === 'gbt7714' ? this.#gbt7714(block) : addressOf(block);
        status.textContent = ((await copyText(text)) ? button.dataset.done : status.dataset.failed) ?? '';
      });
    }
    document.addEventListener('pointerover', (event) => this.#follow(event.target, false));
    document.addEventListener('focusin', (event) => this.#follow(event.target, true));
    // The reader's first move loaded this code: follow where the pointer or focus already is.
    this.#follow(document.activeElement, true);
    this.#follow([...document.querySelectorAll(':hover')].at(-1) ?? null, false);
  }

  #citation(block: HTMLElement): string {
    const paragraph = block.matches('.paragraph') ? block : block.querySelector<HTMLElement>('.paragraph');
    const title = document.querySelector<HTMLMetaElement>('meta[name="citation_title"]')?.content ?? '';
    return citation({
      title,
      place: block.dataset.place ?? '',
      paragraph: Number(paragraph?.dataset.number) || undefined,
      url: addressOf(block),
    });
  }

  // The access date is the day of copying, on the reader's clock.
  #gbt7714(block: HTMLElement): string {
    const title = document.querySelector<HTMLMetaElement>('meta[name="citation_title"]')?.content ?? '';
    const facts = JSON.parse(this.dataset.reference ?? '{}') as object;
    return gbt7714({ ...facts, title, url: addressOf(block), accessed: isoDay(new Date()) });
  }

  #follow(target: EventTarget | null, byKeyboard: boolean) {
    if (!(target instanceof Element) || this.contains(target)) return;
    const block = blockOf(target);
    if (!block) {
      if (byKeyboard) this.hidden = true;
      return;
    }
    if (block === this.#block && !this.hidden) return;
    this.#block = block;
    const status = this.querySelector('.cite-status');
    if (status) status.textContent = '';
    // Right after the block's link mark, so Tab goes from the mark to these buttons.
    const mark = target.matches('.paragraph-number, .permalink')
      ? target
      : block.querySelector(':scope .permalink, :scope .paragraph-number');
    (mark ?? block).after(this);
    this.hidden = false;
  }
}

customElements.define('cite-tools', CiteTools);
