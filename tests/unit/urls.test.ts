import { describe, expect, it } from 'vitest';
import { paths, withBase } from '../../src/lib/urls';

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
