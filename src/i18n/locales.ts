/**
 * The site's locales. Everything that differs between editions, apart from
 * the interface strings (one table per locale, e.g. zh-CN.ts), is declared
 * here once: the `lang` attribute, Pagefind's index language, the word
 * segmenter's locale and the suffix of the content fields in that language.
 * An English edition is one more entry, its table, its content fields and a
 * routing entry.
 *
 * No strings here: browser scripts import this file (the search segments
 * queries by the locale) without carrying the string table.
 */

export interface Locale {
  id: LocaleId;
  /** BCP 47 tag for <html lang>. */
  lang: string;
  /** The same in og:locale form. */
  ogLocale: string;
  /** The language Pagefind indexes the pages under. */
  pagefindLanguage: string;
  /** Locale for Intl.Segmenter when the search splits a query into words. */
  segmenterLocale: string;
  /**
   * Suffix of the content fields written in this language: "" for the
   * default edition (`message`, `title`), "En" for English (`messageEn`).
   */
  fieldSuffix: '' | 'En';
}

export type LocaleId = 'zh-CN';

export const LOCALES: Record<LocaleId, Locale> = {
  'zh-CN': {
    id: 'zh-CN',
    lang: 'zh-CN',
    ogLocale: 'zh_CN',
    pagefindLanguage: 'zh-cn',
    segmenterLocale: 'zh',
    fieldSuffix: '',
  },
};

/** The edition this build serves. */
export const SITE_LOCALE: Locale = LOCALES['zh-CN'];
