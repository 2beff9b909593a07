/**
 * Categories of the global error codes. A code's category follows from its
 * numeric range alone, so it is never written in a content file.
 */

/**
 * Each text field is written in Chinese and in English (`title`, `titleEn`),
 * as content fields are; pages read it through localized().
 */
export interface Category {
  /** Permanent URL segment: /categories/<slug>/. */
  slug: string;
  title: string;
  titleEn: string;
  /** How the range is written in the official list's numbering, e.g. "100xxx". */
  rangeLabel: string;
  /** Inclusive bounds of the range; null for the success code, which stands apart. */
  range: readonly [number, number] | null;
  summary: string;
  summaryEn: string;
}

export const SUCCESS_CODE = 0;

export const CATEGORIES: readonly Category[] = [
  {
    slug: 'success',
    title: '成功',
    titleEn: 'Success',
    rangeLabel: '0',
    range: null,
    summary: '调用成功时返回的 0。',
    summaryEn: 'The 0 returned when a call succeeds.',
  },
  {
    slug: 'oauth',
    title: '授权认证',
    titleEn: 'Authorization & OAuth',
    rangeLabel: '100xxx',
    range: [100000, 109999],
    summary: '授权码、access token、refresh token、应用凭证与回调地址：OAuth 授权流程和接口鉴权的错误。',
    summaryEn:
      'Authorization codes, access tokens, refresh tokens, app credentials and callback URLs: errors in the OAuth authorization flow and in API authentication.',
  },
  {
    slug: 'org',
    title: '组织与用户',
    titleEn: 'Organizations & users',
    rangeLabel: '110xxx',
    range: [110000, 119999],
    summary: '按 ID 查找用户、公司或部门时的错误。',
    summaryEn: 'Errors when looking up a user, company or department by ID.',
  },
  {
    slug: 'files',
    title: '文件与存储',
    titleEn: 'Files & storage',
    rangeLabel: '120xxx',
    range: [120000, 129999],
    summary: '文件名、文件大小、空间配额、上传与下载相关的错误。',
    summaryEn: 'Errors about file names, file sizes, storage quotas, uploads and downloads.',
  },
  {
    slug: 'platform',
    title: '开放平台服务',
    titleEn: 'Open platform services',
    rangeLabel: '130xxx',
    range: [130000, 139999],
    summary: '开放平台网关与服务：回调地址、scope、各类令牌、调用频率、会员与服务开通、上传与分享。',
    summaryEn:
      'The open platform gateway and services: callback URLs, scopes, tokens of all kinds, call rates, memberships and service activation, uploads and sharing.',
  },
];

/** The category a code belongs to, or undefined when no range covers it. */
export function categoryOf(code: number): Category | undefined {
  if (!Number.isInteger(code)) return undefined;
  if (code === SUCCESS_CODE) return CATEGORIES[0];
  return CATEGORIES.find((c) => c.range !== null && code >= c.range[0] && code <= c.range[1]);
}

/** Whether a code belongs with the OAuth guides: the whole 100xxx block, or any code with a standard OAuth error. */
export function isOAuthRelated(code: number, data: { oauthErrors?: readonly string[] }): boolean {
  return categoryOf(code)?.slug === 'oauth' || (data.oauthErrors?.length ?? 0) > 0;
}
