/** Link previews, canonical URLs, sitemap and robots.txt of the built site. */
import { describe, expect, it } from 'vitest';
import { official } from '../support/corpus';
import { htmlPages, readDist } from '../support/dist';

const meta = (html: string, key: string) =>
  new RegExp(`<meta (?:name|property)="${key}" content="([^"]*)"`).exec(html)?.[1]?.replaceAll('&amp;', '&').replaceAll('&#39;', "'").replaceAll('&quot;', '"');
const canonical = (html: string) => /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];

describe('link previews', () => {
  it('a code page previews as "code · message" with the action and a large image', () => {
    const html = readDist('/errors/100014/index.html');
    expect(meta(html, 'og:title')).toBe('100014 · access token过期');
    expect(meta(html, 'og:description')).toMatch(/^刷新令牌后重试：/);
    expect(meta(html, 'twitter:card')).toBe('summary_large_image');
    expect(meta(html, 'og:image')).toMatch(/^https?:\/\/[^/]+\/og\/errors\/100014\.png$/);
    expect(meta(html, 'description')).toBe(meta(html, 'og:description'));
    expect(canonical(html)).toMatch(/^https?:\/\/[^/]+\/errors\/100014\/$/);
    expect(meta(html, 'og:url')).toBe(canonical(html));
  });

  it.each(official.codes)('$code has an absolute canonical URL and a preview title naming it', ({ code, message }) => {
    const html = readDist(`/errors/${code}/index.html`);
    expect(canonical(html)).toMatch(new RegExp(`^https?://.+/errors/${code}/$`));
    // "code · " and the message's first sentence, whole or cut short with an ellipsis.
    const [prefix, summary] = meta(html, 'og:title')!.split(' · ');
    expect(prefix).toBe(String(code));
    const firstSentence = message.split('。')[0];
    if (summary.endsWith('…')) {
      expect(firstSentence.startsWith(summary.slice(0, -1))).toBe(true);
      expect([...summary].length).toBeLessThanOrEqual(60);
    } else expect(summary).toBe(firstSentence);
    expect(meta(html, 'og:description')).toContain(message);
  });

  it('every content page has a title, a description and a canonical URL', () => {
    const missing = htmlPages
      .filter((p) => !/^\/(\d+\/|404\.html)/.test(p))
      .filter((p) => {
        const html = readDist(p);
        return !meta(html, 'description') || !canonical(html) || !meta(html, 'og:title') || !/<title>[^<]+<\/title>/.test(html);
      });
    expect(missing).toEqual([]);
  });
});

describe('sitemap and robots.txt', () => {
  const sitemap = readDist('/sitemap-0.xml');
  const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);

  it('the sitemap lists every code page, category and guide, and no redirect stub', () => {
    for (const { code } of official.codes) expect(urls).toContain(`/errors/${code}/`);
    expect(urls).toContain('/categories/oauth/');
    expect(urls).toContain('/guides/token-refresh/');
    expect(urls.filter((u) => /^\/\d+\/$/.test(u))).toEqual([]);
  });

  it('robots.txt points to the sitemap', () => {
    expect(readDist('/robots.txt')).toMatch(/^Sitemap: https?:\/\/.+\/sitemap-index\.xml$/m);
  });
});
