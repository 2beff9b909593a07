import { describe, expect, it } from 'vitest';
import { format, t, tParts } from '../../src/i18n';
import { LOCALES, SITE_LOCALE } from '../../src/i18n/locales';
import { zhCN } from '../../src/i18n/zh-CN';

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
    for (const key of Object.keys(zhCN)) expect(key).toMatch(/^[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*$/);
  });

  it('takes lang, Pagefind language and segmenter locale from the locale entry', () => {
    expect(SITE_LOCALE).toBe(LOCALES['zh-CN']);
    expect(SITE_LOCALE).toMatchObject({ lang: 'zh-CN', pagefindLanguage: 'zh-cn', segmenterLocale: 'zh' });
  });
});
