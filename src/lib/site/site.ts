/** Facts about the site itself, declared once. */

// The site's name and tagline are interface strings: see src/i18n/.

/** The footer of the official list, quoted verbatim (checked against the fixture by the tests). */
export const OFFICIAL_SUPPORT_TEXT = '有任何疑问,请加入QQ群: 732130805 或者联系open@wps.cn获取帮助。';

// Where the official list is published, and when it was received: content/official-list.yaml.

/** The day the site was first published (YYYY-MM-DD): the date of a feed of changes that has no entry yet. */
export const SITE_FIRST_PUBLISHED = '2026-11-24';
