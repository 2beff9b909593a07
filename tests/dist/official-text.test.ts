/**
 * The official message is quoted verbatim: on every code page the text of the
 * quote element itself (not anywhere in the HTML, where the meta description
 * also carries it) equals our copy of the official list, character for
 * character, with no whitespace folded.
 */
import { describe, expect, it } from 'vitest';
import { official } from '../support/corpus';
import { readDist } from '../support/dist';

const decode = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&amp;', '&');

/** The text of the page's one official quote: <figure class="official"><blockquote>…</blockquote>. */
function quotedMessage(html: string): string[] {
  return [...html.matchAll(/<figure class="official"[^>]*>\s*<blockquote\b[^>]*>([\s\S]*?)<\/blockquote>/g)].map((m) =>
    decode(m[1]).trim(),
  );
}

describe('official messages', () => {
  it('the reader finds the quote (guard against a pattern that matches nothing)', () => {
    expect(quotedMessage('<figure class="official" id="official"><blockquote cite="x"><p>a &amp; b</p></blockquote>')).toEqual([
      'a & b',
    ]);
  });

  it.each(official.codes)('$code quotes its official message verbatim', ({ code, message }) => {
    expect(quotedMessage(readDist(`/errors/${code}/index.html`))).toEqual([message]);
  });
});
