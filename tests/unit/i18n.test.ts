import { describe, expect, it } from 'vitest';
import { format, localeTable, t, tParts } from '../../src/i18n';
import { LOCALES, SITE_LOCALE } from '../../src/i18n/locales';

/**
 * zh-CN strings that legitimately hold Latin letters and no Chinese: each with
 * why. Anything else in the table that has Latin letters must have Chinese too,
 * so an English string left in the Chinese table fails here.
 */
const LATIN_ONLY_IN_ZH_CN: Record<string, string> = {
  'code.englishLabel': 'labels our English rendering of the message, so it is itself English',
  'codeMarkdown.jsonEdition': 'names the JSON edition: "JSON" is a format name; the rest is punctuation',
};

const HAN = /\p{Script=Han}/u;
const LATIN = /[A-Za-z]/;
/** A value without its `{name}` placeholders: what a reader sees around the filled-in values. */
const shownText = (value: string) => value.replace(/\{\w+\}/g, '');

describe('interface strings', () => {
  it('fills placeholders and refuses a missing value', () => {
    expect(format('显示 {count} 个错误码', { count: 5 })).toBe('显示 5 个错误码');
    expect(() => format('显示 {count} 个', {})).toThrow(/missing value for \{count\}/);
  });

  it('reads the zh-CN table through t()', () => {
    expect(t('copy.link')).toBe('复制链接');
    expect(t('code.previous', { code: 100030 })).toBe('← 上一个：100030');
  });

  it('splits a template around its placeholders for markup values', () => {
    expect(tParts('code.oauthOutro')).toEqual(['。新版 WPS 365 ', { name: 'oauth2' }, ' 接口的错误码与此表不同。']);
  });

  it('names every key as area.key', () => {
    for (const key of Object.keys(localeTable('zh-CN'))) expect(key).toMatch(/^[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*$/);
  });

  it('holds Chinese in every zh-CN string that has words, except the listed Latin-only ones', () => {
    const table: Record<string, string> = localeTable('zh-CN');
    const latinOnly = Object.entries(table)
      .filter(([, value]) => LATIN.test(shownText(value)) && !HAN.test(shownText(value)))
      .map(([key]) => key);
    expect(latinOnly.filter((key) => !(key in LATIN_ONLY_IN_ZH_CN))).toEqual([]);
    // The list names only keys that exist and are still Latin-only.
    expect(Object.keys(LATIN_ONLY_IN_ZH_CN).filter((key) => !latinOnly.includes(key))).toEqual([]);
  });

  it('takes lang, Pagefind language and segmenter locale from the locale entry', () => {
    expect(SITE_LOCALE).toBe(LOCALES['zh-CN']);
    expect(SITE_LOCALE).toMatchObject({ lang: 'zh-CN', pagefindLanguage: 'zh-cn', segmenterLocale: 'zh' });
  });
});
