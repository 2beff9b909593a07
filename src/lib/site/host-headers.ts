/**
 * What the build writes to dist/_headers for the hosts that read it (Netlify,
 * Cloudflare Pages), and what the local server sends (scripts/serve.ts).
 *
 * Every file gets the security headers. The Markdown and text editions get a
 * Content-Type with its charset: hosts derive `text/markdown` and
 * `text/plain` from the extension but add no charset, and a browser then
 * reads the UTF-8 text as Latin-1.
 *
 * `/*.md` and `/*.txt` work on both hosts: Cloudflare Pages turns the one `*`
 * of a pattern into "any characters, slashes included" (its own example is
 * `/*.jpg`), and Netlify turns a `*` inside a segment into the same. So they
 * match /errors/100014.md, /guides/<slug>.md, /llms.txt, /llms-full.txt and
 * /robots.txt, under any BASE_PATH, without naming each folder. No other rule
 * sets Content-Type: both hosts would join two values with a comma.
 */
import { CONTENT_TYPES } from '../editions/media-types';
import { SECURITY_HEADERS } from './content-security-policy';
import type { HeaderRule } from './headers-file';

export const HOST_HEADER_RULES: readonly HeaderRule[] = [
  { pattern: '/*', headers: SECURITY_HEADERS },
  { pattern: '/*.md', headers: { 'Content-Type': CONTENT_TYPES.markdown } },
  { pattern: '/*.txt', headers: { 'Content-Type': CONTENT_TYPES.text } },
];
