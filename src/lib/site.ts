/** Facts about the site itself, declared once. */

export const SITE_NAME = 'WPS 开放平台全局错误码';
export const SITE_TAGLINE = '每个全局错误码的官方原文、含义、原因与处理方法';

/** The footer of the official list, quoted verbatim (checked against the fixture by the tests). */
export const OFFICIAL_SUPPORT_TEXT = '有任何疑问,请加入QQ群: 732130805 或者联系open@wps.cn获取帮助。';
