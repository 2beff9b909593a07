import { describe, expect, it } from 'vitest';
import { CORRECT, findings } from '../helpers';

describe('required check', () => {
  it('lists what the old exchange lacks, with the official "缺少参数" codes', () => {
    const found = findings('https://openapi.wps.cn/oauthapi/v2/token?appid=A', 'required');
    expect(found.map((f) => [f.fragment, f.consequence.code])).toEqual([
      ['（没有 appkey）', 100002],
      ['（没有 code）', 100005],
    ]);
  });
  it('requires per grant type on /oauth2/token', () => {
    const code = findings(
      'curl https://openapi.wps.cn/oauth2/token -d grant_type=authorization_code -d code=C -d client_id=A -d client_secret=S',
      'required',
    );
    expect(code.map((f) => f.fragment)).toEqual(['（没有 redirect_uri）']);
    const refresh = findings(
      'curl https://openapi.wps.cn/oauth2/token -d grant_type=refresh_token -d client_id=A -d client_secret=S',
      'required',
    );
    expect(refresh.map((f) => f.fragment)).toEqual(['（没有 refresh_token）']);
    const none = findings('curl https://openapi.wps.cn/oauth2/token -d client_id=A -d client_secret=S', 'required');
    expect(none.map((f) => [f.fragment, f.consequence])).toEqual([
      ['（没有 grant_type）', { standardError: 'invalid_request' }],
    ]);
  });
  it('reports scope and redirect_uri missing from an old authorize link (130008, 130007)', () => {
    const found = findings(
      'https://openapi.wps.cn/oauthapi/v2/authorize?response_type=code&appid=A&state=8f3c1e0a9b2d',
      'required',
    );
    expect(found.map((f) => f.consequence.code)).toEqual([130007, 130008]);
  });
  it('never names invalid_client on the authorization endpoint, whose RFC 6749 error list has no such name', () => {
    const [f] = findings(
      'https://openapi.wps.cn/oauth2/auth?response_type=code&redirect_uri=https%3A%2F%2Fa.example.com%2Fcb&scope=s&state=8f3c1e0a9b2d',
      'required',
    );
    expect(f).toMatchObject({ fragment: '（没有 client_id）', consequence: { standardError: 'invalid_request' } });
    const [token] = findings(
      'curl https://openapi.wps.cn/oauth2/token -d grant_type=client_credentials -d client_secret=S',
      'required',
    );
    expect(token).toMatchObject({ fragment: '（没有 client_id）', consequence: { standardError: 'invalid_client' } });
  });
  it('says when a parameter sits after # and so never reaches the server', () => {
    const [f] = findings(
      'https://openapi.wps.cn/oauth2/auth?response_type=code&client_id=A&redirect_uri=https%3A%2F%2Fa.example.com%2Fcb#/x&scope=s&state=8f3c1e0a9b2d',
      'required',
    );
    expect(f.title).toContain('#');
  });
  it('mentions HTTP Basic when curl -u was used instead of body credentials', () => {
    const [f] = findings(
      'curl -u A:S https://openapi.wps.cn/oauth2/token -d grant_type=client_credentials',
      'required',
    );
    expect(f.fix).toContain('HTTP Basic');
  });
  it('passes complete requests', () => {
    for (const input of Object.values(CORRECT)) expect(findings(input, 'required')).toEqual([]);
  });
});
