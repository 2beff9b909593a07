/** Facts about the site itself, declared once. */

// The site's name and tagline are interface strings: see src/i18n/.

/** The footer of the official list, quoted verbatim (checked against the fixture by the tests). */
export const OFFICIAL_SUPPORT_TEXT = '有任何疑问,请加入QQ群: 732130805 或者联系open@wps.cn获取帮助。';

/**
 * Where the official list is published: the WPS Open Platform's documentation
 * (返回码说明 › 全局错误码), and a public copy of that page that anyone can open
 * to check the quoted text.
 */
export const OFFICIAL_LIST_SOURCES = {
  official: 'https://open.wps.cn/',
  mirror: 'http://mkoucai.eduboo.com/read/wps-doc/418-212553-yhcsff',
} as const;

/** The day the site was first published (YYYY-MM-DD): the date of a feed of changes that has no entry yet. */
export const SITE_FIRST_PUBLISHED = '2026-11-24';
