import { describe, expect, it } from 'vitest';
import {
  headersFor,
  HeadersFileError,
  parseHeadersFile,
  patternRegExp,
  serializeHeadersFile,
} from '../../../src/lib/site/headers-file';
import { HOST_HEADER_RULES } from '../../../src/lib/site/host-headers';

const matches = (pattern: string, path: string) => patternRegExp(pattern).test(path);

describe('parseHeadersFile', () => {
  it('reads path patterns and their indented headers, skipping comments and blank lines', () => {
    const text = [
      '# every file',
      '/*',
      '  X-Frame-Options: DENY',
      "  Content-Security-Policy: default-src 'none'; img-src 'self' data:",
      '',
      '/*.md',
      '\tContent-Type: text/markdown; charset=utf-8',
      '  # a comment inside a rule',
    ].join('\r\n');
    expect(parseHeadersFile(text)).toEqual([
      {
        pattern: '/*',
        line: 2,
        headers: { 'X-Frame-Options': 'DENY', 'Content-Security-Policy': "default-src 'none'; img-src 'self' data:" },
      },
      { pattern: '/*.md', line: 6, headers: { 'Content-Type': 'text/markdown; charset=utf-8' } },
    ]);
  });

  it('joins a header given twice in one rule with a comma, as the hosts do', () => {
    expect(parseHeadersFile('/a\n  Cache-Control: no-cache\n  Cache-Control: no-store\n')[0].headers).toEqual({
      'Cache-Control': 'no-cache, no-store',
    });
  });

  it('names the file and the line of what it cannot read', () => {
    const errorOf = (text: string) => {
      try {
        parseHeadersFile(text, 'dist/_headers');
      } catch (error) {
        expect(error).toBeInstanceOf(HeadersFileError);
        return (error as Error).message;
      }
      return 'no error';
    };
    expect(errorOf('  X-Frame-Options: DENY\n')).toBe('dist/_headers:1: a header comes before any path pattern');
    expect(errorOf('/*\n  X-Frame-Options DENY\n')).toMatch(
      /^dist\/_headers:2: "X-Frame-Options DENY" is not a header/,
    );
    expect(errorOf('/*\n\nerrors/*.md\n')).toMatch(/^dist\/_headers:3: "errors\/\*\.md" is not a path pattern/);
    expect(errorOf('/*/x/*\n')).toMatch(/^dist\/_headers:1: .*more than one "\*"/);
  });
});

describe('path patterns, as Cloudflare Pages and Netlify match them', () => {
  it('a splat matches any characters, slashes included, and the empty string', () => {
    expect(matches('/*', '/')).toBe(true);
    expect(matches('/*', '/errors/100014/')).toBe(true);
    expect(matches('/*.md', '/errors/100014.md')).toBe(true);
    expect(matches('/*.md', '/wps-errors/guides/token-refresh.md')).toBe(true);
    expect(matches('/*.txt', '/llms-full.txt')).toBe(true);
    expect(matches('/errors/*.md', '/errors/100014.md')).toBe(true);
  });

  it('the rest of the pattern is literal, case-sensitive and covers the whole path', () => {
    expect(matches('/*.md', '/errors/100014.md/')).toBe(false);
    expect(matches('/*.md', '/errors/100014.mdx')).toBe(false);
    expect(matches('/*.md', '/errors/100014.MD')).toBe(false);
    expect(matches('/*.md', '/errors/100014xmd')).toBe(false);
    expect(matches('/errors/*.md', '/guides/token-refresh.md')).toBe(false);
    expect(matches('/llms.txt', '/llms-full.txt')).toBe(false);
  });

  it('a placeholder matches one path segment', () => {
    expect(matches('/errors/:code/', '/errors/100014/')).toBe(true);
    expect(matches('/errors/:code/', '/errors/a/b/')).toBe(false);
  });
});

describe('headersFor', () => {
  const rules = parseHeadersFile(
    [
      '/*',
      '  X-Robots-Tag: noindex',
      '/*.md',
      '  Content-Type: text/markdown; charset=utf-8',
      '  x-robots-tag: nosnippet',
    ].join('\n'),
  );

  it('gives the headers of every matching rule, joining a repeated header with a comma', () => {
    expect(headersFor(rules, '/errors/100014.md')).toEqual({
      'X-Robots-Tag': 'noindex, nosnippet',
      'Content-Type': 'text/markdown; charset=utf-8',
    });
    expect(headersFor(rules, '/errors/100014/')).toEqual({ 'X-Robots-Tag': 'noindex' });
    expect(headersFor([], '/')).toEqual({});
  });
});

describe('the rules the build writes', () => {
  it('read back as written', () => {
    const text = serializeHeadersFile(HOST_HEADER_RULES);
    expect(parseHeadersFile(text).map(({ pattern, headers }) => ({ pattern, headers }))).toEqual(HOST_HEADER_RULES);
  });

  it('give the Markdown and text editions a UTF-8 Content-Type, and no page one', () => {
    const contentType = (path: string) => headersFor(HOST_HEADER_RULES, path)['Content-Type'];
    expect(contentType('/errors/100014.md')).toBe('text/markdown; charset=utf-8');
    expect(contentType('/guides/token-refresh.md')).toBe('text/markdown; charset=utf-8');
    expect(contentType('/wps-errors/guides/token-refresh.md')).toBe('text/markdown; charset=utf-8');
    for (const path of ['/llms.txt', '/llms-full.txt', '/robots.txt', '/wps-errors/llms.txt'])
      expect(contentType(path), path).toBe('text/plain; charset=utf-8');
    for (const path of ['/', '/errors/100014/', '/errors.json', '/_astro/page.js'])
      expect(contentType(path), path).toBeUndefined();
  });
});
