import { describe, expect, it } from 'vitest';
import { deployConfig, readBasePath, readFeedbackUrl, readSiteUrl } from '../../../src/lib/site/deploy-config';

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

describe('readFeedbackUrl', () => {
  it.each([
    ['https://github.com/o/r/issues/new', 'https://github.com/o/r/issues/new'],
    [' https://tracker.example/new?labels=docs ', 'https://tracker.example/new?labels=docs'],
    ['mailto:docs@example.com', 'mailto:docs@example.com'],
  ])('%s → %s', (value, url) => {
    expect(readFeedbackUrl(value)).toBe(url);
  });

  it('is undefined when unset or empty, and so is the configuration', () => {
    expect(readFeedbackUrl(undefined)).toBeUndefined();
    expect(readFeedbackUrl(' ')).toBeUndefined();
    expect(deployConfig({}).feedbackUrl).toBeUndefined();
    expect(deployConfig({ FEEDBACK_URL: 'mailto:a@b.example' }).feedbackUrl).toBe('mailto:a@b.example');
  });

  it.each([
    ['not a url', /FEEDBACK_URL "not a url" is not a URL: expected an http\(s\) address/],
    ['javascript:alert(1)', /FEEDBACK_URL "javascript:alert\(1\)" must use http, https or mailto/],
    ['ftp://example.com/new', /must use http, https or mailto/],
    ['https://user:pw@tracker.example/new', /must not contain credentials/],
    ['https://tracker.example/new#x', /must not have a fragment/],
    ['mailto:', /has no e-mail address/],
    ['mailto:docs@example.com?subject=hi', /must not carry a subject or body/],
  ])('rejects %s, naming the variable', (value, message) => {
    expect(() => readFeedbackUrl(value)).toThrow(message);
    expect(() => deployConfig({ FEEDBACK_URL: value })).toThrow(/^FEEDBACK_URL /);
  });
});
