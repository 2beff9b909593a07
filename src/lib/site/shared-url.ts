/*
 * Kept apart from urls.ts so that the script every page runs imports nothing
 * that other page scripts share (a shared module would be one more request).
 */

/**
 * The URL a reader copies to share: the canonical one when the build knew
 * the public origin (SITE_URL set), otherwise the same path on the origin
 * the reader is on, so a copy served from anywhere hands out working links.
 */
export function sharedUrl(canonical: string, originIsPublic: boolean, readerOrigin: string): string {
  if (originIsPublic) return canonical;
  const url = new URL(canonical);
  return `${readerOrigin}${url.pathname}${url.search}${url.hash}`;
}
