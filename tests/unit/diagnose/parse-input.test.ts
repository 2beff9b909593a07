import { describe, expect, it } from 'vitest';
import { MAX_DIAGNOSE_INPUT, parseInput } from '../../../src/lib/diagnose/parse-input';

describe('parseInput', () => {
  it('tells requests in each form from response bodies', () => {
    expect(parseInput('   ')).toEqual({ kind: 'empty' });
    expect(parseInput('curl https://h/p')).toMatchObject({ kind: 'request', request: { form: 'curl' } });
    expect(parseInput('POST /oauth2/token HTTP/1.1\nHost: h')).toMatchObject({
      kind: 'request',
      request: { form: 'http' },
    });
    expect(parseInput('https://h/p?a=1')).toMatchObject({ kind: 'request', request: { form: 'url', host: 'h' } });
    expect(parseInput('/oauth2/auth?a=1')).toMatchObject({
      kind: 'request',
      request: { form: 'url', path: '/oauth2/auth' },
    });
    expect(parseInput('{"result":100014,"msg":"x"}')).toMatchObject({ kind: 'response' });
    expect(parseInput('调用失败 100014')).toMatchObject({ kind: 'response' });
  });
  it('joins an authorize URL wrapped over lines as in the documentation', () => {
    const parsed = parseInput('https://openapi.wps.cn/oauth2/auth?response_type=code\n  &client_id=A\n  &state=x');
    expect(parsed.kind === 'request' && parsed.request.query.map((p) => p.name)).toEqual([
      'response_type',
      'client_id',
      'state',
    ]);
  });
  it('gives curl -d data the form content type curl sends', () => {
    const parsed = parseInput('curl https://h/p -d a=1');
    expect(parsed.kind === 'request' && parsed.request.body).toMatchObject({
      encoding: 'form',
      contentType: 'application/x-www-form-urlencoded',
    });
  });
  it('caps very long input and turns control characters into spaces', () => {
    const huge = parseInput(`https://h/p?a=${'x'.repeat(100_000)}`);
    expect(huge).toMatchObject({ kind: 'request', truncated: true });
    expect(huge.kind === 'request' && huge.request.query[0].value.length).toBe(
      MAX_DIAGNOSE_INPUT - 'https://h/p?a='.length,
    );
    const binary = parseInput('\u0000\u0001curl\u0002 https://h/p\u0007');
    expect(binary).toMatchObject({ kind: 'request', request: { form: 'curl', host: 'h', path: '/p' } });
  });
});

describe('a form body pasted alone', () => {
  it('is checked as a /oauth2/token body when it has grant_type', () => {
    const parsed = parseInput('grant_type=refresh_token&refresh_token=eyJh&client_id=AK2024&client_secret=6x');
    expect(parsed).toMatchObject({
      kind: 'request',
      request: { form: 'body', path: '/oauth2/token' },
    });
    expect(parsed.kind === 'request' && parsed.request.body?.params.map((p) => p.name)).toEqual([
      'grant_type',
      'refresh_token',
      'client_id',
      'client_secret',
    ]);
  });
  it('is not guessed without grant_type', () => {
    expect(parseInput('appid=A&appkey=K').kind).toBe('response');
  });
});
