import { describe, expect, it } from 'vitest';
import { CORRECT, findings } from '../helpers';

describe('method check', () => {
  it('flags GET on the old refresh (100012 HTTP请求非post方式)', () => {
    const [f] = findings(
      'curl -G https://openapi.wps.cn/oauthapi/v2/token/refresh -d appid=A -d appkey=K -d refresh_token=R',
      'method',
    );
    expect(f).toMatchObject({ fragment: 'GET /oauthapi/v2/token/refresh', consequence: { code: 100012 } });
  });
  it('flags POST on the old code exchange', () => {
    const [f] = findings('curl -X POST "https://openapi.wps.cn/oauthapi/v2/token?appid=A&appkey=K&code=C"', 'method');
    expect(f).toMatchObject({ fragment: 'POST /oauthapi/v2/token', consequence: { code: 100029 } });
  });
  it('gives only the standard error on /oauth2/token', () => {
    const [f] = findings(
      'GET https://openapi.wps.cn/oauth2/token?grant_type=client_credentials&client_id=A&client_secret=S',
      'method',
    );
    expect(f.consequence).toEqual({ standardError: 'invalid_request' });
  });
  it('passes the documented methods, and bare URLs that state none', () => {
    for (const input of Object.values(CORRECT)) expect(findings(input, 'method')).toEqual([]);
  });
});
