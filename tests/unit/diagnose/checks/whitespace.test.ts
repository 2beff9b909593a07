import { describe, expect, it } from 'vitest';
import { CORRECT, findings } from '../helpers';

describe('whitespace check', () => {
  it('flags a secret copied with a trailing space (100009 on the old endpoints)', () => {
    const [f] = findings('https://openapi.wps.cn/oauthapi/v2/token?appid=AK1&appkey=sk_9%20&code=C', 'whitespace');
    expect(f).toMatchObject({ fragment: 'appkey=sk_9%20', consequence: { code: 100009 } });
  });
  it('flags a leading + or newline in a form body, with only the standard error on oauth2', () => {
    const [f] = findings(
      'curl https://openapi.wps.cn/oauth2/token -d "grant_type=client_credentials&client_id=+AK1&client_secret=S%0A"',
      'whitespace',
    );
    expect(f.consequence).toEqual({ standardError: 'invalid_client' });
    expect(
      findings(
        'curl https://openapi.wps.cn/oauth2/token -d "grant_type=client_credentials&client_id=+AK1&client_secret=S%0A"',
        'whitespace',
      ),
    ).toHaveLength(2);
  });
  it('passes trimmed values', () => {
    for (const input of Object.values(CORRECT)) expect(findings(input, 'whitespace')).toEqual([]);
  });
});
