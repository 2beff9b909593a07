import { describe, expect, it } from 'vitest';
import { headerValue, parseBody, sentParams, splitTarget } from '../../../src/lib/diagnose/request';

describe('splitTarget', () => {
  it('splits an absolute URL without normalising it', () => {
    const parts = splitTarget('HTTPS://OpenAPI.wps.cn/oauth2/auth?a=1&b=%2C');
    expect(parts).toMatchObject({ scheme: 'https', host: 'openapi.wps.cn', path: '/oauth2/auth' });
    expect(parts.query.map((p) => p.raw)).toEqual(['a=1', 'b=%2C']);
  });
  it('reports parameters after a # but not a single-page-app route', () => {
    expect(splitTarget('https://h/p?a=1#/cb&state=x').fragmentParams.map((p) => p.name)).toEqual(['/cb', 'state']);
    expect(splitTarget('https://h/p?a=1#/callback').fragmentParams).toEqual([]);
    expect(splitTarget('/p#x?state=1').fragmentParams.map((p) => p.name)).toEqual(['state']);
  });
});

describe('parseBody', () => {
  it('classifies form, JSON, multipart and other bodies', () => {
    expect(parseBody('a=1', 'application/x-www-form-urlencoded; charset=utf-8')?.encoding).toBe('form');
    expect(parseBody('a=1', undefined)?.encoding).toBe('form');
    expect(parseBody(' {"a":1}', undefined)?.encoding).toBe('json');
    expect(parseBody('a=1', 'application/json')?.encoding).toBe('json');
    expect(parseBody('a=1', 'multipart/form-data; boundary=x')?.encoding).toBe('multipart');
    expect(parseBody('hello', 'text/plain')?.encoding).toBe('other');
  });
});

describe('helpers', () => {
  it('finds headers case-insensitively and lists query then body parameters', () => {
    expect(headerValue({ headers: [{ name: 'content-TYPE', value: 'x' }] }, 'Content-Type')).toBe('x');
    const request = {
      form: 'http' as const,
      path: '/',
      query: splitTarget('/?q=1').query,
      fragmentParams: [],
      headers: [],
      body: parseBody('b=2', undefined),
    };
    expect(sentParams(request).map((p) => `${p.location}:${p.name}`)).toEqual(['query:q', 'body:b']);
  });
});
