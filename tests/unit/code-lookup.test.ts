import { describe, expect, it } from 'vitest';
import { codeCandidates, lookupCode, MAX_LOOKUP_INPUT } from '../../src/lib/code-lookup';

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
