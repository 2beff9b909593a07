import { describe, expect, it } from 'vitest';
import { CORRECT, findings } from '../helpers';

describe('encoding check', () => {
  it('flags a JSON body on /oauth2/token', () => {
    const [f] = findings(
      `curl -X POST https://openapi.wps.cn/oauth2/token -H "Content-Type: application/json" -d '{"grant_type":"client_credentials","client_id":"A","client_secret":"S"}'`,
      'encoding',
    );
    expect(f).toMatchObject({
      severity: 'error',
      fragment: 'Content-Type: application/json',
      consequence: { standardError: 'invalid_request' },
    });
  });
  it('flags JSON sent with curl -d even without a header, and multipart', () => {
    expect(
      findings(`curl https://openapi.wps.cn/oauth2/token -d '{"grant_type":"client_credentials"}'`, 'encoding'),
    ).toHaveLength(1);
    expect(
      findings(
        'curl https://openapi.wps.cn/oauth2/token -F grant_type=client_credentials -F client_id=A -F client_secret=S',
        'encoding',
      )[0].title,
    ).toContain('multipart');
  });
  it('flags token parameters in the query string, naming a secret in the URL', () => {
    const [f] = findings(
      'curl -X POST "https://openapi.wps.cn/oauth2/token?grant_type=client_credentials&client_id=A&client_secret=S"',
      'encoding',
    );
    expect(f.title).toContain('client_secret');
    expect(f.fragment).toBe('?grant_type=client_credentials&client_id=A&client_secret=S');
  });
  it('warns of a body on the old GET exchange and a form body on the old refresh, as the SDK way', () => {
    const [body] = findings(
      'curl -X GET https://openapi.wps.cn/oauthapi/v2/token -d appid=A -d appkey=K -d code=C',
      'encoding',
    );
    expect(body).toMatchObject({ severity: 'warning', consequence: { code: 100029 } });
    expect(body.title).toContain('公开 SDK 的写法是');
    const [f] = findings(
      'curl https://openapi.wps.cn/oauthapi/v2/token/refresh -d appid=A -d appkey=K -d refresh_token=R',
      'encoding',
    );
    expect(f.severity).toBe('warning');
    expect(f.title).toContain('公开 SDK 的写法是');
  });
  it('warns, not errs, of query parameters on the old refresh: only an SDK says where they go', () => {
    const [f] = findings(
      'curl -X POST "https://openapi.wps.cn/oauthapi/v2/token/refresh?appid=A&appkey=K&refresh_token=R"',
      'encoding',
    );
    expect(f.severity).toBe('warning');
    expect(f.title).toMatch(/公开 SDK 的写法是放在 ?JSON 请求体/);
    expect(f.title).toContain('`appkey`');
  });
  it('warns when raw HTTP has a form body but no Content-Type', () => {
    const [f] = findings(
      'POST /oauth2/token HTTP/1.1\nHost: openapi.wps.cn\n\ngrant_type=client_credentials&client_id=A&client_secret=S',
      'encoding',
    );
    expect(f.severity).toBe('warning');
  });
  it('passes the documented encodings', () => {
    for (const input of Object.values(CORRECT)) expect(findings(input, 'encoding')).toEqual([]);
  });
});
