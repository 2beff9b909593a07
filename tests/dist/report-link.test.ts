/**
 * "报告本页问题": shown on every code page and guide when FEEDBACK_URL is set
 * (the sub-path build sets it), prefilled with the page's title and URL;
 * absent from every page when it is not (the plain build).
 */
import { describe, expect, it } from 'vitest';
import { guides, official } from '../support/corpus';
import { builtSite, htmlPages, readDist } from '../support/dist';

const LINK = /<a href="([^"]*)"[^>]*>\s*报告本页问题\s*<\/a>/g;
const FEEDBACK_URL = 'https://github.com/example/wps-errors/issues/new';

describe('report link', () => {
  it('is on no page when FEEDBACK_URL is not set', () => {
    expect(htmlPages.filter((p) => readDist(p).includes('报告本页问题'))).toEqual([]);
  });

  describe('with FEEDBACK_URL set (sub-path build)', () => {
    const sub = builtSite('dist-subpath', 'npm run build:subpath');
    const pages = [
      ...official.codes.map(({ code, message }) => ({ path: `/errors/${code}/`, mustName: String(code), message })),
      ...guides.map(({ slug, source }) => ({ path: `/guides/${slug}/`, mustName: /^title: (.*)$/m.exec(source)![1], message: undefined })),
    ];

    it.each(pages)('$path links a report prefilled with its title and URL', ({ path, mustName }) => {
      const html = sub.read(`${path}index.html`);
      const links = [...html.matchAll(LINK)].map((m) => m[1].replaceAll('&amp;', '&'));
      expect(links).toHaveLength(1);
      const url = new URL(links[0]);
      expect(url.origin + url.pathname).toBe(FEEDBACK_URL);
      expect(url.searchParams.get('title')).toContain(mustName);
      expect(url.searchParams.get('body')).toContain(`https://errors.example.com/wps-errors${path}`);
    });

    it('is not on pages that are not about one code or guide', () => {
      for (const path of ['/index.html', '/search/index.html', '/changes/index.html']) expect(sub.read(path)).not.toContain('报告本页问题');
    });
  });
});
