import { describe, expect, it } from 'vitest';
import { CORRECT, findings } from '../helpers';

describe('url-fragment check', () => {
  it('flags parameters cut off by an unencoded # from a single-page-app callback', () => {
    const input =
      'https://openapi.wps.cn/oauthapi/v2/authorize?response_type=code&appid=A&redirect_uri=https://app.example.com/#/wps/callback&scope=user_info&state=8f3c1e0a9b2d';
    const [f] = findings(input, 'url-fragment');
    expect(f.fragment).toBe('#…/wps/callback&scope=user_info&state=8f3c1e0a9b2d');
    expect(f.consequence).toEqual({ code: 100010 });
  });
  it('passes URLs without #', () => {
    for (const input of Object.values(CORRECT)) expect(findings(input, 'url-fragment')).toEqual([]);
  });
});
