import { describe, expect, it } from 'vitest';
import { endpointOf, ENDPOINTS, NEW_TOKEN_GRANTS, REQUIRED_PARAMS } from '../../../src/lib/diagnose/endpoints';
import { parseSources } from '../../../src/lib/content/sources';
import { splitTarget } from '../../../src/lib/diagnose/request';
import { read } from '../../support/corpus';

const of = (url: string) => endpointOf(splitTarget(url))?.id;

describe('endpointOf', () => {
  it('recognises both generations by path, with or without host and trailing slash', () => {
    expect(of('https://openapi.wps.cn/oauthapi/v2/authorize?x=1')).toBe('old-authorize');
    expect(of('/oauthapi/v2/token')).toBe('old-token');
    expect(of('https://openapi.wps.cn/oauthapi/v2/token/refresh/')).toBe('old-refresh');
    expect(of('https://openapi.wps.cn/oauth2/auth')).toBe('new-authorize');
    expect(of('https://openapi.wps.cn/OAUTH2/token')).toBe('new-token');
  });
  it('treats any other address carrying code or error as a callback, and the rest as unknown', () => {
    expect(of('https://app.example.com/cb?code=x&state=y')).toBe('callback');
    expect(of('https://app.example.com/cb?error=access_denied')).toBe('callback');
    expect(of('https://app.example.com/cb?x=1')).toBeUndefined();
  });
});

describe('documented facts', () => {
  it('match the WPS documentation and SDK shapes', () => {
    expect(REQUIRED_PARAMS['old-token']).toEqual(['appid', 'appkey', 'code']);
    expect(REQUIRED_PARAMS['old-refresh']).toEqual(['appid', 'appkey', 'refresh_token']);
    expect(NEW_TOKEN_GRANTS.authorization_code).toEqual([
      'grant_type',
      'code',
      'redirect_uri',
      'client_id',
      'client_secret',
    ]);
    expect(ENDPOINTS['old-token']).toMatchObject({ method: 'GET', place: 'query' });
    expect(ENDPOINTS['old-refresh']).toMatchObject({ method: 'POST', place: 'json' });
    expect(ENDPOINTS['new-token']).toMatchObject({ method: 'POST', place: 'form' });
  });
  it('cite at least one source of content/sources.yaml per endpoint', () => {
    const { sources } = parseSources(read('content/sources.yaml'));
    const known = new Set(sources.map((s) => s.id));
    for (const endpoint of Object.values(ENDPOINTS)) {
      expect(endpoint.sources.length, endpoint.id).toBeGreaterThan(0);
      expect(
        endpoint.sources.filter((id) => !known.has(id)),
        endpoint.id,
      ).toEqual([]);
    }
  });
});
