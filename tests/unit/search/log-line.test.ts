import { describe, expect, it } from 'vitest';
import { cleanLogText, MAX_LOG_INPUT } from '../../../src/lib/search/log-line';

describe('cleanLogText keeps the message of a log line and drops the noise around it', () => {
  it.each([
    [
      '2026-07-13 11:02:45 [pid 18365] OAuth callback failed: RedirectUriNotConfig',
      'OAuth callback failed: RedirectUriNotConfig',
    ],
    [
      '2026-07-13T11:02:45.123+08:00 ERROR [main] c.e.w.OAuthClient - code to access token error',
      '- code to access token error',
    ],
    [
      '[ERROR]-[2016-10-12 09:21:31]-[com.scienjus.smartqq.client.SmartQQClient:75]: 请求失败，Api返回码[100012]',
      '- - : 请求失败,Api返回码 100012',
    ],
    ['[Tue Apr 24 2018 14:17:38 GMT+0800 (CST)] INFO 登录失败', '登录失败'],
    ['[18/01/21 17:02:37] [fatal] 提交参数错误', '提交参数错误'],
    ['INFO/Worker-3] Failed to retrieve access token', '/ Failed to retrieve access token'],
    [
      'at com.example.wps.TokenService.exchange(TokenService.java:42) access token is illegal',
      'at ( ) access token is illegal',
    ],
    ['Overtrue\\Socialite\\AuthorizeFailedException: code is reused error', ': code is reused error'],
    ['java.lang.IllegalStateException: redirect uri is illegal', ': redirect uri is illegal'],
    ['[2020-05-07 20:03:26] production.ERROR: Authorize Failed', ': Authorize Failed'],
  ])('%j → %j', (input, expected) => {
    expect(cleanLogText(input)).toBe(expected);
  });

  it('keeps the error carried in a redirect URL and drops the URL itself', () => {
    expect(
      cleanLogText(
        'http://www.example.com/cb?error=redirect_uri_mismatch&error_description=The+redirect_uri+MUST+match&state=abc',
      ),
    ).toBe('redirect_uri_mismatch The redirect_uri MUST match abc');
  });

  it('drops the keys of a JSON body and keeps its values', () => {
    expect(cleanLogText('{"code":40000005,"msg":"invalid_scope","debug":{"desc":"scope is invalid"}}')).toBe(
      '40000005, invalid_scope , scope is invalid',
    );
    expect(cleanLogText('callback( {"error":100019,"error_description":"code to access token error"} );')).toBe(
      '100019, code to access token error );',
    );
  });

  it('drops identifiers whose digits are glued to letters: appids, hex tokens', () => {
    expect(cleanLogText('client_id: AK20260807SZZMPB scope invalid')).toBe('client_id: scope invalid');
    expect(cleanLogText('access_token=2BC81F9C6DB6030897F84DBDDA244E4C expired')).not.toMatch(/2BC81F/);
  });

  it('keeps six-digit codes, Chinese text and snake_case names', () => {
    // Full-width punctuation becomes ASCII (NFKC), as everywhere in the search.
    expect(cleanLogText('返回 100014，grant_type 不对，oauth2_token 失败')).toBe(
      '返回 100014,grant_type 不对,oauth2_token 失败',
    );
    expect(cleanLogText('redirect uri is illegal(100010)')).toBe('redirect uri is illegal(100010)');
  });

  it('does not drop words such as Error or code on their own', () => {
    expect(cleanLogText('get access token Error code')).toBe('get access token Error code');
  });
});

describe('cleanLogText on hostile input', () => {
  it('shows markup as text and never returns tags', () => {
    expect(cleanLogText('<script>alert(1)</script> token 过期')).not.toMatch(/[<>]/);
    expect(cleanLogText('<img src=x onerror=alert(1)>')).not.toMatch(/[<>]/);
  });

  it('stays fast on long and pathological input', () => {
    const inputs = [
      'a.'.repeat(50_000),
      '['.repeat(50_000),
      '1'.repeat(50_000),
      'aB3'.repeat(30_000),
      `${'http://x/?a=%'.repeat(5_000)}`,
      '\\'.repeat(50_000),
    ];
    for (const input of inputs) {
      const started = performance.now();
      const out = cleanLogText(input);
      expect(out.length).toBeLessThanOrEqual(MAX_LOG_INPUT);
      expect(performance.now() - started, input.slice(0, 12)).toBeLessThan(100);
    }
  });

  it('returns an empty string for nothing but noise', () => {
    expect(cleanLogText('')).toBe('');
    expect(cleanLogText('   ')).toBe('');
    expect(cleanLogText('2026-07-13 11:02:45 [main] INFO')).toBe('');
  });
});

describe('cleanLogText and JSON escapes', () => {
  it('reads \\uXXXX escapes in a pasted body as the text they stand for', () => {
    expect(cleanLogText('{"errmsg":"\\u4e0d\\u5408\\u6cd5\\u7684corpId"}')).toContain('不合法的corpId');
  });
});
