import { iconPaths, type IconName } from '../site/icons.ts';

// The controls that exist only with JavaScript are built here rather than shipped in every page.

type Child = Node | string;

/** An element with its class, attributes and children. */
export function build(tag: string, attributes: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/** A decorative icon, as src/components/Icon.astro draws it in the server's markup. */
export function icon(name: IconName): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  for (const [attribute, value] of [
    ['class', 'icon'],
    ['viewBox', '0 0 24 24'],
    ['width', '24'],
    ['height', '24'],
    ['aria-hidden', 'true'],
  ])
    svg.setAttribute(attribute!, value!);
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('d', iconPaths[name]);
  svg.append(path);
  return svg;
}

/** A button of type button. */
export const button = (attributes: Record<string, string>, ...children: Child[]) =>
  build('button', { type: 'button', ...attributes }, ...children) as HTMLButtonElement;
