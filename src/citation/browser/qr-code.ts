import { qrFileName } from '../qr.ts';
import { fill } from '../../i18n/fill.ts';
import { controlsText as ui } from '../../i18n/browser.ts';
import { build, button } from '../../shell/dom.ts';

// Screen pixels per module in the saved image: sharp when printed or shown full screen on another device.
const SCALE = 8;

/** Draws `address` on `canvas`, black on white inside its quiet zone in either theme, as scanners expect. */
async function draw(canvas: HTMLCanvasElement, address: string) {
  // The library is its own chunk, fetched from the site on the first QR code a reader asks for.
  const { generate, correction } = await import('lean-qr/nano');
  const modules = build('canvas') as HTMLCanvasElement;
  generate(address, { minCorrectionLevel: correction.M }).toCanvas(modules, {
    on: [0, 0, 0],
    off: [255, 255, 255],
  });
  canvas.width = modules.width * SCALE;
  canvas.height = modules.height * SCALE;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d canvas');
  context.imageSmoothingEnabled = false;
  context.drawImage(modules, 0, 0, canvas.width, canvas.height);
}

function part<T extends Element>(root: Element, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`<qr-code> needs ${selector}`);
  return found;
}

/** The dialog, built here: the page carries only the footer's button (src/components/QrCode.astro). */
function dialogOf(): HTMLDialogElement {
  return build(
    'dialog',
    { class: 'qr-dialog', 'aria-labelledby': 'qr-title' },
    build('p', { class: 'qr-title', id: 'qr-title' }),
    build('canvas', { class: 'qr-image', role: 'img', width: '0', height: '0' }),
    build('p', { class: 'qr-address' }),
    build(
      'div',
      { class: 'qr-actions' },
      build('a', { class: 'qr-save' }, ui['qr.save']),
      button({ class: 'qr-close' }, ui['qr.close']),
    ),
  ) as HTMLDialogElement;
}

/**
 * The 二维码 dialog: the QR code of an address, the address printed
 * under it and a PNG to save. The footer's button shows the page's own address; the citation sheet, a block's.
 */
export class QrCode extends HTMLElement {
  #ready = false;
  #shown = '';

  connectedCallback() {
    if (this.#ready) return;
    this.#ready = true;
    const dialog = dialogOf();
    this.append(dialog);
    part(this, '[data-qr="page"]').addEventListener(
      'click',
      () => void this.show(location.origin + location.pathname, ui['qr.pageTitle']),
    );
    part(dialog, '.qr-close').addEventListener('click', () => dialog.close());
    // A click on the backdrop closes, as the search dialog does.
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close();
    });
  }

  /** Opens the dialog for `address` (a block's or the page's own), titled with the place it leads to. */
  async show(address: string, place: string) {
    const dialog = part<HTMLDialogElement>(this, 'dialog');
    const canvas = part<HTMLCanvasElement>(dialog, '.qr-image');
    const save = part<HTMLAnchorElement>(dialog, '.qr-save');
    const printed = part(dialog, '.qr-address');
    this.#shown = address;
    part(dialog, '.qr-title').textContent = fill(ui['qr.title'], { place });
    printed.textContent = address;
    canvas.setAttribute('aria-label', fill(ui['qr.image'], { url: address }));
    canvas.width = canvas.height = 0;
    save.removeAttribute('href');
    save.removeAttribute('download');
    if (!dialog.open) dialog.showModal();
    try {
      await draw(canvas, address);
    } catch {
      if (this.#shown === address) printed.textContent = `${address} ${ui['qr.failed']}`;
      return;
    }
    // A later request won the race: its own drawing is the one to keep.
    if (this.#shown !== address) return;
    // A data: URL, which the CSP's img-src already allows; a blob: URL would need the policy widened.
    save.href = canvas.toDataURL('image/png');
    save.download = qrFileName(address, ui['qr.file']);
  }
}
