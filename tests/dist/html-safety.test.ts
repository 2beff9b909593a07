/**
 * What no built page may contain, read with a tag reader that accepts every
 * attribute form HTML allows (double, single or no quotes), so that content
 * which slips past the build's checks cannot slip past these: event handlers,
 * javascript: and other script-capable URLs, <meta http-equiv=refresh>,
 * <base>, resource hints or sub-resources from another origin, and images,
 * scripts or stylesheets that point at no file of the build.
 */
import { describe, expect, it } from 'vitest';
import { fileForUrl, htmlPages, readDist, urlOfPage } from '../support/dist';

interface Tag {
  name: string;
  attributes: Map<string, string>;
  text: string;
}

const TAG = /<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

const decode = (value: string) =>
  value
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replaceAll('&colon;', ':')
    .replaceAll('&Tab;', '\t')
    .replaceAll('&NewLine;', '\n')
    .replaceAll('&quot;', '"')
    .replaceAll('&amp;', '&');

/** Script bodies are not markup: leave them out so a "<" in code is not read as a tag. */
function tagsOf(html: string): Tag[] {
  const markup = html.replace(/(<script\b[^>]*>)[\s\S]*?(<\/script>)/gi, '$1$2');
  return [...markup.matchAll(TAG)].map((match) => ({
    name: match[1].toLowerCase(),
    text: match[0].slice(0, 120),
    attributes: new Map(
      [...match[2].matchAll(ATTRIBUTE)].map((a) => [a[1].toLowerCase(), decode(a[2] ?? a[3] ?? a[4] ?? '')]),
    ),
  }));
}

const pages = htmlPages.map((page) => ({ page, tags: tagsOf(readDist(page)) }));
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'poster', 'data', 'xlink:href', 'srcset'];
/** A URL that runs script or embeds a document: after stripping what browsers ignore. */
const UNSAFE_URL = /^(?:javascript|vbscript|data|blob|file):/i;
/**
 * The one data: URL allowed: the site icon travels inside each page (saving a
 * request), as an SVG image; SVG loaded as an image runs no script.
 */
const isInlineIcon = (t: Tag) =>
  t.name === 'link' &&
  t.attributes.get('rel') === 'icon' &&
  (t.attributes.get('href') ?? '').startsWith('data:image/svg+xml,');
const FETCHING_REL =
  /(?:^|\s)(?:stylesheet|icon|preload|modulepreload|prefetch|preconnect|dns-prefetch|prerender|manifest)(?:\s|$)/i;

describe('the built HTML', () => {
  it('is read by the tag reader (guard against a reader that sees nothing)', () => {
    const home = pages.find((p) => p.page === '/index.html')!;
    expect(home.tags.filter((t) => t.name === 'a').length).toBeGreaterThan(50);
    expect(tagsOf(`<img src=x onerror=alert(1)><a href='javascript:x'>`).map((t) => [...t.attributes.keys()])).toEqual([
      ['src', 'onerror'],
      ['href'],
    ]);
  });

  it('has no event-handler attribute, in any quoting', () => {
    const found = pages.flatMap(({ page, tags }) =>
      tags.filter((t) => [...t.attributes.keys()].some((k) => k.startsWith('on'))).map((t) => `${page}: ${t.text}`),
    );
    expect(found).toEqual([]);
  });

  it('has no javascript:, data: or other script-capable URL', () => {
    const found = pages.flatMap(({ page, tags }) =>
      tags.flatMap((t) =>
        URL_ATTRIBUTES.filter((name) => {
          // Browsers ignore control characters and spaces inside a scheme.
          // eslint-disable-next-line no-control-regex -- exactly those characters are meant
          const value = t.attributes.get(name)?.replace(/[\u0000-\u0020]/g, '');
          return value !== undefined && UNSAFE_URL.test(value) && !isInlineIcon(t);
        }).map((name) => `${page}: ${name} in ${t.text}`),
      ),
    );
    expect(found).toEqual([]);
  });

  it('has no <base>, <iframe>, <object> or <embed>, and refreshes only short links to their own code page', () => {
    const found = pages.flatMap(({ page, tags }) => {
      const shortLink = /^\/(\d+)\/index\.html$/.exec(page);
      return tags
        .filter((t) => {
          if (['base', 'iframe', 'object', 'embed', 'frame'].includes(t.name)) return true;
          if (t.name !== 'meta' || !/refresh/i.test(t.attributes.get('http-equiv') ?? '')) return false;
          return !shortLink || t.attributes.get('content') !== `0; url=/errors/${shortLink[1]}/`;
        })
        .map((t) => `${page}: ${t.text}`);
    });
    expect(found).toEqual([]);
  });

  it('loads nothing and hints at no connection to another origin', () => {
    const found = pages.flatMap(({ page, tags }) =>
      tags
        .filter((t) => {
          const target = t.name === 'link' ? t.attributes.get('href') : t.attributes.get('src');
          if (target === undefined || isInlineIcon(t)) return false;
          if (t.name === 'link' && !FETCHING_REL.test(t.attributes.get('rel') ?? '')) return false;
          return new URL(target, 'http://site/').host !== 'site';
        })
        .map((t) => `${page}: ${t.text}`),
    );
    expect(found).toEqual([]);
  });

  it('points every image, script and stylesheet at a file of the build', () => {
    const broken = pages.flatMap(({ page, tags }) =>
      tags.flatMap((t) => {
        const target =
          t.name === 'link' && FETCHING_REL.test(t.attributes.get('rel') ?? '')
            ? t.attributes.get('href')
            : ['img', 'script', 'source', 'video', 'audio', 'input'].includes(t.name)
              ? t.attributes.get('src')
              : undefined;
        if (target === undefined) return [];
        const url = new URL(target, `http://site${urlOfPage(page)}`);
        return url.host === 'site' && !fileForUrl(url.pathname) ? [`${page}: ${t.text}`] : [];
      }),
    );
    expect(broken).toEqual([]);
  });
});
