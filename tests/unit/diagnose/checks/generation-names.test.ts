import { describe, expect, it } from 'vitest';
import { CORRECT, findings } from '../helpers';

describe('generation-names check', () => {
  it('flags appid/appkey sent to /oauth2/token', () => {
    const found = findings(
      'curl https://openapi.wps.cn/oauth2/token -d grant_type=client_credentials -d appid=A -d appkey=K',
      'generation-names',
    );
    expect(found.map((f) => f.fragment)).toEqual(['appid=A', 'appkey=K']);
    expect(found.map((f) => f.consequence)).toEqual([
      { standardError: 'invalid_client' },
      { standardError: 'invalid_client' },
    ]);
  });
  it('flags client_id/client_secret sent to the old exchange (100001, 100002)', () => {
    const found = findings(
      'https://openapi.wps.cn/oauthapi/v2/token?client_id=A&client_secret=K&code=C',
      'generation-names',
    );
    expect(found.map((f) => f.consequence.code)).toEqual([100001, 100002]);
  });
  it('does not report the same credential again as missing', () => {
    expect(findings('https://openapi.wps.cn/oauthapi/v2/token?client_id=A&client_secret=K&code=C', 'required')).toEqual(
      [],
    );
  });
  it('passes the right names', () => {
    for (const input of Object.values(CORRECT)) expect(findings(input, 'generation-names')).toEqual([]);
  });
});
