import { describe, expect, it } from 'vitest';
import { codeCandidates, lookupCode, MAX_LOOKUP_INPUT } from '../../../src/lib/search/code-lookup';

const documented = new Set([0, 100014, 100031, 100050, 120009, 130009]);
const isDocumented = (code: number) => documented.has(code);
const lookup = (input: string) => lookupCode(input, isDocumented);

describe('lookupCode finds a documented code in what the user pasted', () => {
  it.each([
    ['120009'],
    [' 120009 '],
    ['\t120009\n'],
    ['１２０００９'],
    ['错误码: 120009'],
    ['错误码：120009'],
    ['错误码120009'],
    ['error code 120009'],
    ['Error: 120009'],
    ['#120009'],
    ['{"result":120009,"msg":"文件不存在"}'],
    ['{"result": 120009, "msg": "文件不存在"}'],
    ['{"code":120009}'],
    ['{"errcode":"120009"}'],
    ["{'result': 120009}"],
    ['result=120009&msg=x'],
    ['HTTP 400 {"result":120009,"msg":"文件不存在","ts":1732406400}'],
    ['调用接口失败，返回 120009，请看看'],
    ['［120009］'],
  ])('%j → 120009', (input) => {
    expect(lookup(input)).toEqual({ kind: 'documented', code: 120009 });
  });

  it('prefers the value of a code key over other numbers in the body', () => {
    expect(lookup('{"request_id":"130009","result":100014}')).toEqual({ kind: 'documented', code: 100014 });
  });

  it('prefers a documented code when several numbers appear', () => {
    expect(lookup('100040 or 100050')).toEqual({ kind: 'documented', code: 100050 });
  });

  it('finds code 0 only when it is given as a code', () => {
    expect(lookup('0')).toEqual({ kind: 'documented', code: 0 });
    expect(lookup('{"result":0,"msg":"成功"}')).toEqual({ kind: 'documented', code: 0 });
    expect(lookup('上传了 0 个文件')).toEqual({ kind: 'none' });
  });
});

describe('lookupCode reports undocumented numbers instead of guessing', () => {
  it('names an undocumented number in a global range', () => {
    expect(lookup('100040')).toEqual({ kind: 'undocumented', code: 100040 });
    expect(lookup('{"result":100040}')).toEqual({ kind: 'undocumented', code: 100040 });
  });

  it('names numbers of other WPS families', () => {
    expect(lookup('40002')).toEqual({ kind: 'undocumented', code: 40002 });
    expect(lookup('{"code":40000001,"msg":"invalid_request"}')).toEqual({ kind: 'undocumented', code: 40000001 });
  });

  it('treats a bare number the user typed as a code, even outside every range', () => {
    expect(lookup('42')).toEqual({ kind: 'undocumented', code: 42 });
  });
});

describe('lookupCode leaves free text to the full-text search', () => {
  it.each([
    [''],
    ['   '],
    ['access token 过期'],
    ['文件太大 2048 字节'],
    ['2024-11-24 12:00:01'],
    ['<script>alert(1)</script>'],
    ['<img src=x onerror=alert(1)>'],
    ['🔥🔥🔥'],
    ['１２３'],
    ['12345678901234567890'],
  ])('%j → none', (input) => {
    expect(lookup(input).kind).not.toBe('documented');
    if (!/\d/.test(input.normalize('NFKC'))) expect(lookup(input)).toEqual({ kind: 'none' });
  });

  it('survives very long input quickly, and ignores anything past the cap', () => {
    const long = 'x'.repeat(MAX_LOOKUP_INPUT) + ' 100014';
    expect(lookup(long)).toEqual({ kind: 'none' });
    expect(lookup(`100014 ${'很长的日志'.repeat(10_000)}`)).toEqual({ kind: 'documented', code: 100014 });
  });
});

describe('codeCandidates', () => {
  it('lists candidates without duplicates, code keys first', () => {
    expect(codeCandidates('130009 {"result":100014} 130009')).toEqual([100014, 130009]);
  });

  it('ignores short numbers in free text', () => {
    expect(codeCandidates('HTTP 400 after 3 retries')).toEqual([]);
  });
});

describe('lookupCode with aliases and real-world pastes', () => {
  const aliases = [
    { text: 'RedirectUriNotConfig', code: 130031 },
    { text: 'code to access token error', code: 100019 },
  ];
  const known = new Set([...documented, 130031, 100019, 100012]);
  const find = (input: string) => lookupCode(input, (code) => known.has(code), aliases);

  it('treats an exact alias as an exact lookup', () => {
    expect(find('2026-07-13 11:02:45 [pid 18365] OAuth callback failed: RedirectUriNotConfig')).toEqual({
      kind: 'documented',
      code: 130031,
      alias: 'RedirectUriNotConfig',
    });
    expect(find('callback( {"error_description":"code to access token error"} );')).toMatchObject({ code: 100019 });
  });

  it('prefers a documented code in the input over an alias', () => {
    expect(find('{"result":100014,"msg":"RedirectUriNotConfig"}')).toEqual({ kind: 'documented', code: 100014 });
  });

  it('never reads digits glued after letters as a code', () => {
    expect(find('client_id: AK20260807SZZMPB')).toEqual({ kind: 'none' });
    expect(find('appid AK20260114NNQJKV redirect failed')).toEqual({ kind: 'none' });
    expect(find('token 2BC81F9C6DB6030897F84DBDDA244E4C')).toEqual({ kind: 'none' });
  });

  it('reads a code that text follows, as in the official list', () => {
    expect(find('100014access token过期')).toEqual({ kind: 'documented', code: 100014 });
  });

  it('reads a code in brackets in a log line', () => {
    expect(find('[ERROR]-[2016-10-12 09:21:31]-[SmartQQClient:75]: 请求失败，Api返回码[100012]')).toEqual({
      kind: 'documented',
      code: 100012,
    });
  });

  it('does not take a value glued to letters under a code key ("authorization code:0dd6…")', () => {
    expect(find('invalid authorization code:0dd6ebdafc04f8402b4e75d8289dba14')).toEqual({ kind: 'none' });
  });

  it('leaves a foreign number under a code key inside a longer text to the search', () => {
    expect(find('{"error":"invalid_grant","error_code":21325}')).toEqual({ kind: 'none' });
    expect(find('{"error_code":21325}')).toEqual({ kind: 'none' });
    expect(find('21325')).toEqual({ kind: 'undocumented', code: 21325 });
  });

  it('reads only known WPS 365 codes loose in a text, any under a code key', () => {
    expect(find('订单 20260713 处理失败')).toEqual({ kind: 'none' });
    expect(find('{"code":40000077}')).toEqual({ kind: 'undocumented', code: 40000077 });
  });
});

describe('numbers that are not codes', () => {
  it('never reads a code from a URL, a path segment, an id field, a UUID, a hex id or a time fraction', () => {
    for (const text of [
      'GET https://api.example.com/files/120009/download failed',
      'GET /v7/files/120009/content 404',
      'file_id=120009 upload failed',
      '{"fileId": "120009"} failed',
      'request 120009ab-1234-5678-9abc-def012345678 failed',
      'trace 100014abcdef0123 failed',
      '2026-12-03T18:25:14.120009Z upload failed',
      'took 1.100014 s',
    ])
      expect(lookup(text), text).toEqual({ kind: 'none' });
  });

  it("does not take an exception's code: 0 for the success code", () => {
    expect(lookup('AuthorizeFailedException(code: 0): invalid_grant')).toEqual({ kind: 'none' });
    expect(lookup('{"code":0,"msg":"success"}')).toEqual({ kind: 'documented', code: 0 });
  });

  it('leaves a loose undocumented number inside a sentence to the search, but names a code given as one', () => {
    expect(lookup('100200 TOKEN_ERROR token错误')).toEqual({ kind: 'none' });
    expect(lookup('{"result":100040,"msg":"x"}')).toEqual({ kind: 'undocumented', code: 100040 });
  });

  it('names 9-digit WPS 365 API codes by their family', () => {
    expect(lookup('api request failed with status 403: {"code":403000001}')).toEqual({
      kind: 'undocumented',
      code: 403000001,
    });
    expect(lookup('否则第 1 步报 `400 400000004 请求参数不支持`')).toEqual({ kind: 'undocumented', code: 400000004 });
  });
});

describe('pastes from QQ Connect', () => {
  const aliases = [
    { text: 'code is reused error', code: 100020, seen: 'qq-connect' as const },
    { text: 'RedirectUriNotConfig', code: 130031, seen: 'wps' as const },
  ];
  const qqDocumented = new Set([100019, 100020, 130002, 130031]);
  const withAliases = (input: string) => lookupCode(input, (code) => qqDocumented.has(code), aliases);

  it("says so when a QQ wording or QQ's host names the code", () => {
    expect(withAliases('{"error":100020,"error_description":"code is reused error"}')).toMatchObject({
      kind: 'documented',
      code: 100020,
      via: 'qq-connect',
    });
    expect(withAliases('https://graph.qq.com/oauth2.0/token 返回 100019')).toMatchObject({
      code: 100019,
      via: 'qq-connect',
    });
  });

  it('does not for a WPS wording, a WPS body, or a code outside the block QQ mirrors', () => {
    expect(withAliases('RedirectUriNotConfig')).toEqual({
      kind: 'documented',
      code: 130031,
      alias: 'RedirectUriNotConfig',
    });
    expect(withAliases('{"result":100020}')).toEqual({ kind: 'documented', code: 100020 });
    expect(withAliases('QQ互联 130002')).toEqual({ kind: 'documented', code: 130002 });
  });
});
