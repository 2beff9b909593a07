/**
 * Filling a message's `{name}` placeholders. Kept apart from the tables so
 * that a browser script can read its own few strings (see `messagesOf`)
 * without carrying the whole locale table.
 */
export type MessageParams = Record<string, string | number>;

/** Fills `{name}` placeholders; an unknown placeholder is an error, not silent text. */
export function format(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in params)) throw new Error(`missing value for {${name}} in "${template}"`);
    return String(params[name]);
  });
}

/** A typed `t()` over one area's table: what browser scripts use for the strings they show. */
export function messagesOf<Table extends Record<string, string>>(table: Table) {
  return (key: keyof Table & string, params?: MessageParams): string => format(table[key], params);
}
