/**
 * The one formatter of interface strings, on the server and in the browser,
 * and the one place a table is chosen for the site's locale. Kept apart from
 * the tables: a browser script carries only its own area's strings (the
 * small modules beside this one, e.g. search-box.ts), never the whole table.
 */
import { SITE_LOCALE, type LocaleId } from './locales';

export type MessageParams = Record<string, string | number>;

/** Fills `{name}` placeholders; an unknown placeholder is an error, not silent text. */
export function format(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!(name in params)) throw new Error(`missing value for {${name}} in "${template}"`);
    return String(params[name]);
  });
}

export type MessagePart = string | { name: string };

/**
 * A template split around its placeholders, for values that are markup (a
 * <code> element, a link) rather than text: the caller renders each part.
 */
export function formatParts(template: string): MessagePart[] {
  return template
    .split(/(\{\w+\})/)
    .filter(Boolean)
    .map((part) => (/^\{\w+\}$/.test(part) ? { name: part.slice(1, -1) } : part));
}

/** An area's strings in the site's locale: `text(key, params)`, and `text.parts(key)` for markup values. */
export interface Messages<Key extends string> {
  (key: Key, params?: MessageParams): string;
  parts(key: Key): MessagePart[];
}

/**
 * Given one area's table in every locale, the strings of the locale being
 * built. Every locale's table has every key (checked by the type checker).
 */
export function messagesIn<Key extends string>(tables: Record<LocaleId, Record<Key, string>>): Messages<Key> {
  const table = tables[SITE_LOCALE.id];
  return Object.assign((key: Key, params?: MessageParams) => format(table[key], params), {
    parts: (key: Key) => formatParts(table[key]),
  });
}
