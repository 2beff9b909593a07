import { describe, expect, it } from 'vitest';
import { CORRECT, findings } from '../helpers';

describe('endpoint-path check', () => {
  it('flags /oauth2/authorize, the path other platforms use', () => {
    const [f] = findings(
      'https://openapi.wps.cn/oauth2/authorize?response_type=code&client_id=A&redirect_uri=https%3A%2F%2Fa.example.com%2Fcb&scope=s&state=8f3c1e0a9b2d',
      'endpoint-path',
    );
    expect(f).toMatchObject({ severity: 'error', fragment: '/oauth2/authorize', consequence: {} });
  });
  it('flags a refresh sent to the old code-exchange address', () => {
    const [f] = findings(
      'POST https://openapi.wps.cn/oauthapi/v2/token\nContent-Type: application/json\n\n{"appid":"A","appkey":"K","refresh_token":"R"}',
      'endpoint-path',
    );
    expect(f).toMatchObject({
      fragment: '/oauthapi/v2/token',
      consequence: { code: 100005 },
      guide: { slug: 'token-refresh', section: 'refresh' },
    });
  });
  it('passes the documented addresses', () => {
    for (const input of Object.values(CORRECT)) expect(findings(input, 'endpoint-path')).toEqual([]);
  });
});
