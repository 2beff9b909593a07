import { describe, expect, it } from 'vitest';
import { sharedUrl } from '../../../src/lib/site/shared-url';
import { paths, withBase } from '../../../src/lib/site/urls';

describe('withBase', () => {
  it('joins base and path with exactly one slash', () => {
    expect(withBase('/', 'errors/1/')).toBe('/errors/1/');
    expect(withBase('/wps-errors', 'errors/1/')).toBe('/wps-errors/errors/1/');
    expect(withBase('/wps-errors/', '/errors/1/')).toBe('/wps-errors/errors/1/');
    expect(withBase('/wps-errors/')).toBe('/wps-errors/');
  });
});

describe('paths', () => {
  it('builds the permanent URLs', () => {
    expect(paths.code(100014)).toBe('errors/100014/');
    expect(paths.guide('token-refresh', 'expired')).toBe('guides/token-refresh/#expired');
    expect(paths.category('oauth')).toBe('categories/oauth/');
  });

  it('encodes user text in query strings', () => {
    expect(paths.search('a&b <c>')).toBe('search/?q=a%26b%20%3Cc%3E');
    expect(paths.lookup('{"result":1}')).toBe('errors/?code=%7B%22result%22%3A1%7D');
    expect(paths.search('')).toBe('search/');
  });
});

describe('sharedUrl', () => {
  it('keeps the canonical URL when SITE_URL was set', () => {
    expect(sharedUrl('https://errors.example.com/wps/errors/1/', true, 'http://10.0.0.5:8080')).toBe(
      'https://errors.example.com/wps/errors/1/',
    );
  });

  it("otherwise puts the path on the reader's origin", () => {
    expect(sharedUrl('http://localhost:4321/wps/errors/1/', false, 'http://10.0.0.5:8080')).toBe(
      'http://10.0.0.5:8080/wps/errors/1/',
    );
  });
});
