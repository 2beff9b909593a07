/**
 * The one way pages, components and build code read interface strings:
 * `t('area.key', { name: value })`. Keys are typed, so a missing or misspelt
 * key fails the type check. Browser scripts read their own area's strings
 * instead (search-box.ts, search-pages.ts, diagnose.ts, diagnose-checks.ts,
 * code-families.ts), so that they carry only those.
 */
import { messagesIn } from './format';
import type { LocaleId } from './locales';
import { zhCN } from './zh-CN';
import { zhCNCodeFamilies } from './zh-CN.code-families';
import { zhCNDiagnose } from './zh-CN.diagnose';
import { zhCNDiagnoseChecks } from './zh-CN.diagnose-checks';

export { format, type MessageParams, type MessagePart } from './format';
export { SITE_LOCALE } from './locales';
export { inEnglish, localized } from './fields';

export type MessageKey = keyof typeof zhCN;

const TABLES: Record<LocaleId, Record<MessageKey, string>> = { 'zh-CN': zhCN };

/** Every string of a locale, by key: for checks on the tables themselves. */
export const localeTable = (locale: LocaleId): Readonly<Record<MessageKey, string>> => TABLES[locale];

/**
 * The tables whose strings a reader takes as content (a number's code family,
 * the diagnosis and its checks), by file: for the house-style check.
 */
const CONTENT_LIKE_TABLES: Record<LocaleId, Record<string, Readonly<Record<string, string>>>> = {
  'zh-CN': {
    'src/i18n/zh-CN.code-families.ts': zhCNCodeFamilies,
    'src/i18n/zh-CN.diagnose.ts': zhCNDiagnose,
    'src/i18n/zh-CN.diagnose-checks.ts': zhCNDiagnoseChecks,
  },
};
export const contentLikeTables = (locale: LocaleId) => CONTENT_LIKE_TABLES[locale];

const messages = messagesIn(TABLES);

/** A string of the site's locale. */
export const t = (key: MessageKey, params?: Parameters<typeof messages>[1]): string => messages(key, params);

/** A string of the site's locale split around its placeholders, for values that are markup. */
export const tParts = (key: MessageKey) => messages.parts(key);
