/**
 * The one way the interface reads its strings: `t('area.key', { name: value })`.
 * Keys are typed, so a missing or misspelt key fails the type check.
 */
import { format, type MessageParams } from './format';
import { SITE_LOCALE, type LocaleId } from './locales';
import { zhCN } from './zh-CN';

export { format, type MessageParams } from './format';
export { SITE_LOCALE } from './locales';
export { inEnglish, localized } from './fields';

export type MessageKey = keyof typeof zhCN;
/** Every locale's table has every key (checked by the type checker). */
const TABLES: Record<LocaleId, Record<MessageKey, string>> = { 'zh-CN': zhCN };

export function translate(locale: LocaleId, key: MessageKey, params?: MessageParams): string {
  return format(TABLES[locale][key], params);
}

/** A string of the site's locale. */
export const t = (key: MessageKey, params?: MessageParams): string => translate(SITE_LOCALE.id, key, params);

export type MessagePart = string | { name: string };

/**
 * A string split around its placeholders, for templates whose values are
 * markup (a <code> element) rather than text: the caller renders each part.
 */
export function tParts(key: MessageKey): MessagePart[] {
  return TABLES[SITE_LOCALE.id][key]
    .split(/(\{\w+\})/)
    .filter(Boolean)
    .map((part) => (/^\{\w+\}$/.test(part) ? { name: part.slice(1, -1) } : part));
}
