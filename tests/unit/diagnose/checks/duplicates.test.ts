import { describe, expect, it } from 'vitest';
import { CORRECT, findings } from '../helpers';

describe('duplicates check', () => {
  it('flags a parameter sent twice, quoting both copies', () => {
    const [f] = findings(CORRECT.newAuthorize + '&client_id=OTHER', 'duplicates');
    expect(f.fragment).toBe('client_id=AK20240101ABCD … client_id=OTHER');
    expect(f.title).toContain('值不同');
    expect(f.consequence).toEqual({ standardError: 'invalid_request' });
  });
  it('counts query and body together', () => {
    const [f] = findings(
      `curl "https://openapi.wps.cn/oauthapi/v2/token/refresh?appid=A" -H "Content-Type: application/json" -d '{"appid":"A","appkey":"K","refresh_token":"R"}'`,
      'duplicates',
    );
    expect(f.consequence).toEqual({ code: 100100 });
  });
  it('passes requests without repeats', () => {
    for (const input of Object.values(CORRECT)) expect(findings(input, 'duplicates')).toEqual([]);
  });
});
