import { describe, expect, it } from 'vitest';
import { CORRECT, findings } from '../helpers';

describe('grant-type check', () => {
  it('flags an unknown grant type and suggests the near one', () => {
    const [f] = findings(
      'curl https://openapi.wps.cn/oauth2/token -d grant_type=authorization-code -d code=C -d client_id=A -d client_secret=S',
      'grant-type',
    );
    expect(f).toMatchObject({
      fragment: 'grant_type=authorization-code',
      consequence: { standardError: 'unsupported_grant_type' },
    });
    expect(f.fix).toContain('authorization_code');
    expect(
      findings(
        'curl https://openapi.wps.cn/oauth2/token -d grant_type=password -d client_id=A -d client_secret=S',
        'grant-type',
      ),
    ).toHaveLength(1);
  });
  it('passes the three documented grant types', () => {
    for (const input of [CORRECT.newExchange, CORRECT.newRefresh, CORRECT.appToken])
      expect(findings(input, 'grant-type')).toEqual([]);
  });
});
