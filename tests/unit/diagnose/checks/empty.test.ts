import { describe, expect, it } from 'vitest';
import { CORRECT, findings } from '../helpers';

describe('empty check', () => {
  it('flags empty values with the code of the missing parameter', () => {
    const found = findings(
      'https://openapi.wps.cn/oauthapi/v2/authorize?response_type=code&appid=A&redirect_uri=&scope=&state=8f3c1e0a9b2d',
      'empty',
    );
    expect(found.map((f) => [f.fragment, f.consequence.code])).toEqual([
      ['redirect_uri=', 130007],
      ['scope=', 130008],
    ]);
  });
  it('treats a value of only spaces as empty', () => {
    expect(findings('https://openapi.wps.cn/oauthapi/v2/token?appid=A&appkey=K&code=%20', 'empty')).toHaveLength(1);
  });
  it('passes filled-in values', () => {
    for (const input of Object.values(CORRECT)) expect(findings(input, 'empty')).toEqual([]);
  });
});
