import { describe, expect, it } from 'vitest';
import { maskSecrets, maskUserinfo } from '../../../src/lib/diagnose/mask';

describe('maskSecrets', () => {
  it('masks secrets, tokens and codes in query and form text', () => {
    expect(maskSecrets('appid=AK1&appkey=sk_9&code=ga12&state=s1')).toBe('appid=AK1&appkey=***&code=***&state=s1');
    expect(maskSecrets('client_secret=abc&refresh_token=rt&access_token=at')).toBe(
      'client_secret=***&refresh_token=***&access_token=***',
    );
  });

  it('keeps values that merely contain the word code, and names that are not secrets', () => {
    expect(maskSecrets('response_type=code&grant_type=authorization_code')).toBe(
      'response_type=code&grant_type=authorization_code',
    );
    expect(maskSecrets('errcode=100014&qrcode=abc&my.code=1')).toBe('errcode=100014&qrcode=abc&my.code=1');
    expect(maskSecrets('token_type=bearer&expires_in=7200')).toBe('token_type=bearer&expires_in=7200');
  });

  it('masks a secret under any name that says so, in any case and separator', () => {
    expect(
      maskSecrets('clientSecret=s1&app_secret=s2&X-Api-Key=s3&refreshToken=s4&AccessToken=s5&passwd=s6&authCode=s7'),
    ).toBe('clientSecret=***&app_secret=***&X-Api-Key=***&refreshToken=***&AccessToken=***&passwd=***&authCode=***');
    expect(maskSecrets('client%5Fsecret=s1&APP_TICKET=s2')).toBe('client%5Fsecret=***&APP_TICKET=***');
  });

  it('masks the whole value, spaces included', () => {
    expect(maskSecrets('client_secret=abc def ghi')).toBe('client_secret=***');
    expect(maskSecrets(`curl -d 'client_secret=abc def' -d client_id=AK1`)).toBe(
      `curl -d 'client_secret=***' -d client_id=AK1`,
    );
    expect(maskSecrets('GET /oauthapi/v2/token?appid=A&appkey=my key HTTP/1.1')).toBe(
      'GET /oauthapi/v2/token?appid=A&appkey=*** HTTP/1.1',
    );
    expect(maskSecrets('curl https://h/t?code=abc -H "Accept: */*"')).toBe(
      'curl https://h/t?code=*** -H "Accept: */*"',
    );
  });

  it('masks credentials written into a URL', () => {
    expect(maskSecrets('https://AK1:sk_live_9@openapi.wps.cn/oauthapi/v2/token')).toBe(
      'https://AK1:***@openapi.wps.cn/oauthapi/v2/token',
    );
    expect(maskSecrets('see http://tok_123@example.com/x and ftp://u:p%40ss@h/')).toBe(
      'see http://***@example.com/x and ftp://u:***@h/',
    );
    expect(maskUserinfo('ak1:secret@openapi.wps.cn')).toBe('ak1:***@openapi.wps.cn');
    expect(maskUserinfo('openapi.wps.cn')).toBe('openapi.wps.cn');
  });

  it('masks JSON and object members whose key names a secret, whole strings included', () => {
    expect(maskSecrets('{"appkey": "sk_9", "appid":"AK1", "refresh_token":"rt"}')).toBe(
      '{"appkey": "***", "appid":"AK1", "refresh_token":"***"}',
    );
    expect(
      maskSecrets('{"clientSecret":"a b \\" c","AccessToken": "x", "expires_in": 7200, "app_ticket": 123456}'),
    ).toBe('{"clientSecret":"***","AccessToken": "***", "expires_in": 7200, "app_ticket": "***"}');
    expect(maskSecrets(`{ client_secret: 'a b', 'refreshToken': 'c' }`)).toBe(
      `{ client_secret: '***', 'refreshToken': '***' }`,
    );
  });

  it('masks Authorization, Cookie and secret-named headers, keeping the scheme', () => {
    expect(maskSecrets('Authorization: Bearer abc.def')).toBe('Authorization: Bearer ***');
    expect(maskSecrets('authorization: Basic QUsxOnNrXzk= trailing')).toBe('authorization: Basic ***');
    expect(maskSecrets('Cookie: wps_sid=abc; lang=zh')).toBe('Cookie: ***');
    expect(maskSecrets('Set-Cookie: sid=abc; Path=/; HttpOnly')).toBe('Set-Cookie: ***');
    expect(maskSecrets('X-Api-Key: abc def\nHost: openapi.wps.cn')).toBe('X-Api-Key: ***\nHost: openapi.wps.cn');
    expect(maskSecrets(`curl -H 'Authorization: Bearer a b c' -H "X-Auth-Token: t" https://h`)).toBe(
      `curl -H 'Authorization: Bearer ***' -H "X-Auth-Token: ***" https://h`,
    );
  });

  it('masks curl -u in each of its spellings, bearer tokens and JWTs anywhere', () => {
    expect(maskSecrets('curl -u AK1:sk_9 https://h')).toBe('curl -u *** https://h');
    expect(maskSecrets(`curl --user 'AK1:s k' https://h`)).toBe(`curl --user '***' https://h`);
    expect(maskSecrets('curl --user=AK1:sk https://h')).toBe('curl --user=*** https://h');
    expect(maskSecrets('curl -uAK1:sk https://h')).toBe('curl -u*** https://h');
    expect(maskSecrets('sent Bearer 0123456789abcdef to it')).toBe('sent Bearer *** to it');
    expect(maskSecrets('token eyJhbGciOiJFUzI1NiJ9.eyJzdWIiOjF9.c2ln end')).toBe('token *** end');
  });

  it('masks every secret of a realistic raw HTTP request', () => {
    const raw = [
      'POST https://AK1:pw@openapi.wps.cn/oauth2/token HTTP/1.1',
      'Host: openapi.wps.cn',
      'Authorization: Basic QUsxOmNzX3NlY3JldA==',
      'Cookie: wps_sid=sid_secret_value',
      'Content-Type: application/x-www-form-urlencoded',
      '',
      'grant_type=authorization_code&code=ga_one_time&client_id=AK1&client_secret=cs_secret&redirect_uri=https%3A%2F%2Fa.example.com%2Fcb',
    ].join('\n');
    const out = maskSecrets(raw);
    expect(out).not.toMatch(/pw@|QUsxOmNzX3NlY3JldA|sid_secret_value|ga_one_time|cs_secret/);
    expect(out).toContain('client_id=AK1');
    expect(out).toContain('redirect_uri=https%3A%2F%2Fa.example.com%2Fcb');
    expect(out).toContain('Host: openapi.wps.cn');
  });
});
