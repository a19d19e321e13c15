import { citation } from '../citation/citation.ts';
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

/** The shared 复制链接 / 复制引用 controls, moved beside whichever block the reader points at or focuses. */
class CiteTools extends HTMLElement {
  #block: HTMLElement | null = null;
  #status = document.createElement('span');

  #ready = false;

  // Runs again each time the element is moved beside another block; build it once.
  connectedCallback() {
    if (this.#ready) return;
    this.#ready = true;
    this.setAttribute('role', 'group');
    this.setAttribute('aria-label', '链接与引用');
    this.hidden = true;
    const link = this.#button('复制链接', () => addressOf(this.#block!), '链接已复制');
    const cite = this.#button('复制引用', () => this.#citation(), '引用已复制');
    this.#status.setAttribute('role', 'status');
    this.#status.className = 'cite-status';
    this.append(link, cite, this.#status);
    document.addEventListener('pointerover', (event) => this.#follow(event.target as Element, false));
    document.addEventListener('focusin', (event) => this.#follow(event.target as Element, true));
  }

  #button(label: string, text: () => string, done: string): HTMLButtonElement {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = label;
    button.addEventListener('click', async () => {
      if (!this.#block) return;
      this.#status.textContent = (await copyText(text())) ? done : '无法复制';
    });
    return button;
  }

  #citation(): string {
    const block = this.#block!;
    const paragraph = block.matches('.paragraph') ? block : block.querySelector<HTMLElement>('.paragraph');
    const title = document.querySelector<HTMLMetaElement>('meta[name="citation_title"]')!.content;
    return citation({
      title,
      place: block.dataset.place ?? '',
      paragraph: Number(paragraph?.dataset.number) || undefined,
      url: addressOf(block),
    });
  }

  #follow(target: Element, byKeyboard: boolean) {
    if (this.contains(target)) return;
    const block = blockOf(target);
    if (!block) {
      if (byKeyboard) this.hidden = true;
      return;
    }
    if (block === this.#block && !this.hidden) return;
    this.#block = block;
    this.#status.textContent = '';
    // Right after the block's link mark, so Tab goes from the mark to these buttons.
    const mark = target.matches('.paragraph-number, .permalink')
      ? target
      : block.querySelector(':scope .permalink, :scope .paragraph-number');
    (mark ?? block).after(this);
    this.hidden = false;
  }
}

export function startCiteTools() {
  customElements.define('cite-tools', CiteTools);
  document.body.append(document.createElement('cite-tools'));
}
