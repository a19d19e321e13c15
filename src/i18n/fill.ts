/** A string with each `{name}` replaced by `values[name]`; a name without a value stays visible, so review catches it. */
export function fill(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}
