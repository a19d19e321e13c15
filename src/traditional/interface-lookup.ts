/** The interface's strings as pairs of Simplified and hand-written Traditional templates ({name} marks a value). */
export type InterfaceTable = [simplified: string, traditional: string][];

/** A whole string of the interface in its hand-written Traditional form (values converted), or undefined. */
export type InterfaceLookup = (text: string, convertValue: (value: string) => string) => string | undefined;

const HAN = /\p{Script=Han}/u;

/** A template as a pattern: its text exactly, with each {name} any text. */
function templatePattern(template: string): { pattern: RegExp; names: string[] } {
  const names: string[] = [];
  const source = template
    .split(/(\{\w+\})/)
    .map((piece) => {
      const name = /^\{(\w+)\}$/.exec(piece)?.[1];
      if (name) {
        names.push(name);
        return '(.+?)';
      }
      return piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return { pattern: new RegExp(`^${source}$`, 's'), names };
}

/** Looks up a whole string of the interface: its hand-written Traditional form, its values converted. */
export function interfaceLookup(table: InterfaceTable): InterfaceLookup {
  const exact = new Map<string, string>();
  const templates: { pattern: RegExp; names: string[]; traditional: string }[] = [];
  for (const [simplified, traditional] of table) {
    if (!/\{\w+\}/.test(simplified)) exact.set(simplified, traditional);
    // A template of values and punctuation alone ({label}{span}。) would match any sentence: such text is converted.
    else if (HAN.test(simplified.replace(/\{\w+\}/g, '')))
      templates.push({ ...templatePattern(simplified), traditional });
  }
  return (text, convertValue) => {
    const trimmed = text.trim();
    if (!trimmed) return undefined;
    const found = exact.get(trimmed);
    const pad = (inner: string) =>
      text.slice(0, text.indexOf(trimmed)) + inner + text.slice(text.indexOf(trimmed) + trimmed.length);
    if (found !== undefined) return pad(found);
    for (const { pattern, names, traditional } of templates) {
      const match = pattern.exec(trimmed);
      if (!match) continue;
      const values = Object.fromEntries(names.map((name, i) => [name, convertValue(match[i + 1]!)]));
      return pad(traditional.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? ''));
    }
    return undefined;
  };
}
