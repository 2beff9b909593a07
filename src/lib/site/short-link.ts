/**
 * The page behind a short link (/<code>): a static host cannot answer with a
 * 301, so it is a tiny page with a meta refresh and a canonical link, which
 * browsers follow at once and search engines treat as a permanent redirect.
 */
import { SITE_LOCALE, t } from '../../i18n';

const escapeHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

export function shortLinkPage(code: number, targetPath: string, canonicalUrl: string): string {
  const path = escapeHtml(targetPath);
  return `<!doctype html>
<html lang="${SITE_LOCALE.lang}">
<head>
<meta charset="utf-8">
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url=${path}">
<link rel="canonical" href="${escapeHtml(canonicalUrl)}">
<title>${escapeHtml(t('shortLink.title', { code }))}</title>
</head>
<body><p>${escapeHtml(t('shortLink.opening'))}<a href="${path}">${escapeHtml(t('shortLink.title', { code }))}</a>${escapeHtml(t('shortLink.openingAfter'))}</p></body>
</html>
`;
}
