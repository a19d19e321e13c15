import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Nodes } from 'hast';
import { visitParents } from 'unist-util-visit-parents';
import { pageTree } from '../integrations/page-tree.ts';
import type { BuiltSpeech } from './fidelity.ts';

// The speech as the built pages show it, for the fidelity check of 自测: the words inside [data-speech] and outside
// any editorial addition ([data-editorial]), gathered under each element that has an id.

const inSpeech = (ancestors: Nodes[]) => {
  for (const node of [...ancestors].reverse()) {
    if (node.type !== 'element') continue;
    if ('dataEditorial' in node.properties) return false;
    if ('dataSpeech' in node.properties) return true;
  }
  return false;
};

/** The speech's words under each element with an id, on one built page. */
export function speechById(html: string): Map<string, string> {
  const texts = new Map<string, string>();
  visitParents(pageTree(html), 'text', (node, ancestors) => {
    if (!inSpeech(ancestors)) return;
    for (const a of ancestors) {
      const id = a.type === 'element' ? (a as Element).properties.id : undefined;
      if (typeof id === 'string') texts.set(id, (texts.get(id) ?? '') + node.value);
    }
  });
  return texts;
}

/**
 * The built speech below `folder`: its whole text (every paragraph and heading of the page that holds the speech
 * whole, `full`), and each link's target read from the page it names. `prefix` is the edition's folder (zh-Hant/).
 */
export function builtSpeech(folder: string, base: string, prefix = ''): BuiltSpeech {
  const pages = new Map<string, Map<string, string> | undefined>();
  const page = (path: string) => {
    if (!pages.has(path)) {
      const file = join(folder, path, 'index.html');
      pages.set(path, existsSync(file) ? speechById(readFileSync(file, 'utf8')) : undefined);
    }
    return pages.get(path);
  };
  const full = page(`${prefix}full/`);
  return {
    text: full
      ? [...full.entries()]
          .filter(([id]) => /^(p\d+|\d+-\d+|part-\d+)$/.test(id))
          .map(([, t]) => t)
          .join('\n')
      : '',
    target: (link) => {
      const [path = '', id = ''] = link.split('#');
      if (!path.startsWith(base)) return undefined;
      return page(path.slice(base.length))?.get(decodeURIComponent(id));
    },
  };
}
