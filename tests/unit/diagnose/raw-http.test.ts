import { describe, expect, it } from 'vitest';
import { isRawHttp, parseRawHttp } from '../../../src/lib/diagnose/raw-http';

describe('parseRawHttp', () => {
  it('recognises a request line, with or without the HTTP version', () => {
    expect(isRawHttp('POST /oauth2/token HTTP/1.1\nHost: x')).toBe(true);
    expect(isRawHttp('get https://openapi.wps.cn/oauth2/token')).toBe(true);
    expect(isRawHttp('https://openapi.wps.cn/oauth2/token')).toBe(false);
    expect(isRawHttp('POSTING /x')).toBe(false);
  });
  it('reads the host from the Host header and the body after the blank line', () => {
    const request = parseRawHttp(
      'POST /oauth2/token?x=1 HTTP/1.1\r\nHost: OpenAPI.wps.cn\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\ngrant_type=refresh_token&a=b',
    );
    expect(request).toMatchObject({ form: 'http', method: 'POST', host: 'openapi.wps.cn', path: '/oauth2/token' });
    expect(request.query.map((p) => p.name)).toEqual(['x']);
    expect(request.body).toMatchObject({ encoding: 'form', contentType: 'application/x-www-form-urlencoded' });
    expect(request.body?.params.map((p) => p.name)).toEqual(['grant_type', 'a']);
  });
  it('treats a JSON body as JSON whatever the header says', () => {
    const request = parseRawHttp(
      'POST https://openapi.wps.cn/oauth2/token\nContent-Type: application/x-www-form-urlencoded\n\n{"grant_type":"x"}',
    );
    expect(request.body?.encoding).toBe('json');
    expect(request.body?.params.map((p) => [p.name, p.value])).toEqual([['grant_type', 'x']]);
  });
});
