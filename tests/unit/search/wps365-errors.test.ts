import { describe, expect, it } from 'vitest';
import { matchWps365, WPS365_ROWS } from '../../../src/lib/search/wps365-errors';

const redirectBody = JSON.stringify({
  code: 40000001,
  msg: 'invalid_request',
  debug: {
    desc: "The request is missing a required parameter, includes an invalid parameter value, includes a parameter more than once, or is otherwise malformed. The 'redirect_uri' parameter does not match any of the OAuth 2.0 Client's pre-registered redirect urls.",
  },
});

describe('matchWps365 lands a pasted WPS 365 error on the row that matches', () => {
  it('uses the debug.desc phrase to tell invalid_request rows apart', () => {
    expect(matchWps365(redirectBody)).toMatchObject({ code: 40000001, row: { id: 'redirect-uri-mismatch' } });
    expect(
      matchWps365(
        '{"code":40000001,"msg":"invalid_request","debug":{"desc":"The request is missing a required parameter"}}',
      ),
    ).toMatchObject({ code: 40000001, row: { id: 'invalid-request' } });
  });

  it.each([
    ['{"code":40000005,"msg":"invalid_scope"}', 'invalid-scope'],
    ['{"code": 40000009, "msg": "invalid_grant"}', 'invalid-grant'],
    ['code=40000002&msg=invalid_client', 'invalid-client'],
    ['{"code":40000099,"msg":"temporarily_unavailable"}', 'temporarily-unavailable'],
    // Without a name, a known code gives it.
    ['{"code":40000005}', 'invalid-scope'],
    ['40000005', 'invalid-scope'],
  ])('%j → #%s', (input, row) => {
    expect(matchWps365(input)?.row?.id).toBe(row);
  });

  it('finds the family but no row for an unknown code without a name', () => {
    expect(matchWps365('{"code":40000077,"msg":"something"}')).toEqual({ code: 40000077, row: undefined });
  });

  it('ignores 8-digit numbers that are not WPS 365 codes and text without a code', () => {
    expect(matchWps365('订单号 20260713 失败')).toBeUndefined();
    expect(matchWps365('client_id: AK20260807SZZMPB')).toBeUndefined();
    expect(matchWps365('invalid_scope')).toBeUndefined();
    expect(matchWps365('{"result":100014}')).toBeUndefined();
    expect(matchWps365('')).toBeUndefined();
  });

  it('handles hostile input quickly', () => {
    for (const input of ['<script>{"code":40000005}</script>', 'a_'.repeat(50_000), '4'.repeat(100_000)]) {
      const started = performance.now();
      matchWps365(input);
      expect(performance.now() - started).toBeLessThan(100);
    }
  });
});

describe('the WPS 365 rows', () => {
  it('have unique anchors and point at guide sections and global codes', () => {
    const ids = WPS365_ROWS.map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const row of WPS365_ROWS) {
      expect(row.guides.length).toBeGreaterThan(0);
      expect(row.nearestCodes.length).toBeGreaterThan(0);
      for (const code of row.codes) expect(String(code)).toMatch(/^\d{8}$/);
    }
  });

  it('cover the two codes third-party notes show', () => {
    expect(WPS365_ROWS.find((r) => r.codes.includes(40000001))?.error).toBe('invalid_request');
    expect(WPS365_ROWS.find((r) => r.codes.includes(40000005))?.error).toBe('invalid_scope');
  });
});
