import { describe, expect, it } from 'vitest';
import { maskSecrets } from '../../../src/lib/diagnose/mask';

describe('maskSecrets', () => {
  it('masks secrets, tokens and codes in query and form text', () => {
    expect(maskSecrets('appid=AK1&appkey=sk_9&code=ga12&state=s1')).toBe('appid=AK1&appkey=***&code=***&state=s1');
    expect(maskSecrets('client_secret=abc&refresh_token=rt&access_token=at')).toBe(
      'client_secret=***&refresh_token=***&access_token=***',
    );
  });
  it('keeps values that merely contain the word code', () => {
    expect(maskSecrets('response_type=code&grant_type=authorization_code')).toBe(
      'response_type=code&grant_type=authorization_code',
    );
    expect(maskSecrets('errcode=100014&qrcode=abc&my.code=1')).toBe('errcode=100014&qrcode=abc&my.code=1');
  });
  it('masks JSON members, Authorization headers, curl -u and JWTs', () => {
    expect(maskSecrets('{"appkey": "sk_9", "appid":"AK1", "refresh_token":"rt"}')).toBe(
      '{"appkey": "***", "appid":"AK1", "refresh_token":"***"}',
    );
    expect(maskSecrets('Authorization: Bearer abc.def')).toBe('Authorization: Bearer ***');
    expect(maskSecrets('curl -u AK1:sk_9 https://h')).toBe('curl -u *** https://h');
    expect(maskSecrets('token eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOjF9.c2ln end')).toBe('token *** end');
  });
});
