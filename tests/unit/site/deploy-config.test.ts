import { describe, expect, it } from 'vitest';
import { deployConfig, readBasePath, readSiteUrl } from '../../../src/lib/site/deploy-config';

describe('readSiteUrl', () => {
  it.each([
    ['https://errors.example.com', 'https://errors.example.com'],
    ['https://errors.example.com/', 'https://errors.example.com'],
    [' http://127.0.0.1:8080 ', 'http://127.0.0.1:8080'],
  ])('%s → %s', (value, origin) => {
    expect(readSiteUrl(value)).toBe(origin);
  });

  it('is undefined when unset or empty', () => {
    expect(readSiteUrl(undefined)).toBeUndefined();
    expect(readSiteUrl('  ')).toBeUndefined();
  });

  it('names the variable and the accepted form for garbage', () => {
    expect(() => readSiteUrl('errors.example.com')).toThrow(
      'SITE_URL "errors.example.com" is not a URL: expected an http(s) origin without a path, e.g. SITE_URL=https://errors.example.com',
    );
  });

  it.each(['javascript:alert(1)', 'ftp://example.com', 'file:///etc/passwd'])('rejects the scheme of %s', (value) => {
    expect(() => readSiteUrl(value)).toThrow(/^SITE_URL ".*" must use http or https/);
  });

  it('rejects a path instead of dropping it', () => {
    expect(() => readSiteUrl('https://example.com/docs/errors')).toThrow(
      /SITE_URL "https:\/\/example.com\/docs\/errors" has a path, query or fragment.*BASE_PATH/,
    );
  });

  it('rejects credentials', () => {
    expect(() => readSiteUrl('https://user:pw@example.com')).toThrow(/must not contain credentials/);
  });
});

describe('readBasePath', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['/wps-errors/', '/wps-errors/'],
    ['/wps-errors', '/wps-errors/'],
    ['/docs/v1.2/', '/docs/v1.2/'],
  ])('%s → %s', (value, base) => {
    expect(readBasePath(value)).toBe(base);
  });

  it.each([
    '//evil.example/',
    'wps-errors/',
    '/../x/',
    '/a/./b/',
    '/a b/',
    '/a?x=1/',
    '/a#b/',
    '/\\evil.example/',
    'https://evil.example/',
  ])('rejects %s naming the variable and the form', (value) => {
    expect(() => readBasePath(value)).toThrow(
      `BASE_PATH "${value}" is not valid: expected a path of plain segments between slashes, e.g. BASE_PATH=/wps-errors/`,
    );
  });
});

describe('deployConfig', () => {
  it('falls back to the local origin outside CI, and says so', () => {
    expect(deployConfig({})).toEqual({ site: 'http://localhost:4321', base: '/', localSite: true, notDeployed: false });
  });

  it('fails a CI build without SITE_URL unless the local origin is allowed on purpose', () => {
    expect(() => deployConfig({ CI: 'true' })).toThrow(/^SITE_URL is not set: a CI build would publish/);
    expect(deployConfig({ CI: 'true', ALLOW_LOCAL_SITE_URL: '1' })).toMatchObject({
      localSite: true,
      notDeployed: true,
    });
  });

  it('uses the given origin and base path', () => {
    expect(deployConfig({ SITE_URL: 'https://errors.example.com', BASE_PATH: '/wps-errors/', CI: '1' })).toEqual({
      site: 'https://errors.example.com',
      base: '/wps-errors/',
      localSite: false,
      notDeployed: false,
    });
  });
});
