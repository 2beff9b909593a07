import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../../src/lib/diagnose/checks';
import { guides } from '../../support/corpus';
import { CORRECT, documentedCodes, run } from './helpers';

/** Broken requests that between them trip every check. */
const BROKEN = [
  'https://openapi.wps.cn/oauth2/authorize?response_type=token&appid=A&redirect_uri=https%253A%252F%252Fa.example.com%252Fcb&scope=a+b&state=STATE',
  'https://openapi.wps.cn/oauthapi/v2/authorize?response_type=code&client_id=A&redirect_uri=http://app.example.com/cb?x=1&y=2&scope=a，b&scope=&state=50%zz#/r&k=v',
  'curl -G https://openapi.wps.cn/oauthapi/v2/token/refresh -d appid=A -d appkey=K',
  `curl https://openapi.wps.cn/oauth2/token -H "Content-Type: application/json" -d '{"grant_type":"password"}'`,
  'POST https://openapi.wps.cn/oauthapi/v2/token\n\n{"appid":"A","appkey":"K","refresh_token":"R"}',
  'https://app.example.com/cb?error=access_denied',
  'http://app.example.com/cb?code=C&code=D',
  'https://openapi.wps.cn/oauthapi/v2/token?appid=%20AK1&appkey=K&code=C',
];

const guideIds = new Map(guides.map((g) => [g.slug, new Set(g.sectionIds)]));

describe('diagnose', () => {
  it('finds nothing wrong in the correct requests, and lists the checks that ran', () => {
    for (const input of Object.values(CORRECT)) {
      const result = run(input);
      expect(result.kind, input).toBe('request');
      if (result.kind !== 'request') continue;
      expect(result.findings, input).toEqual([]);
      expect(result.checksRun.length).toBeGreaterThanOrEqual(6);
    }
  });

  it('trips every check with the broken set', () => {
    const tripped = new Set(
      BROKEN.flatMap((input) => {
        const result = run(input);
        return result.kind === 'request' ? result.findings.map((f) => f.check) : [];
      }),
    );
    expect([...tripped].sort()).toEqual(CHECKS.map((c) => c.id).sort());
  });

  it('never gives a global code for a WPS 365 endpoint, and links only declared, existing guides and codes', () => {
    for (const input of [...BROKEN, ...Object.values(CORRECT)]) {
      const result = run(input);
      if (result.kind !== 'request') continue;
      for (const finding of result.findings) {
        const check = CHECKS.find((c) => c.id === finding.check)!;
        if (result.endpoint.generation === 'new') expect(finding.consequence.code, finding.title).toBeUndefined();
        expect(check.guides, finding.title).toContainEqual(finding.guide);
        expect(
          guideIds.get(finding.guide.slug)?.has(finding.guide.section),
          `${finding.guide.slug}#${finding.guide.section}`,
        ).toBe(true);
        if (finding.consequence.code !== undefined) {
          expect(check.codes).toContain(finding.consequence.code);
          expect(documentedCodes.has(finding.consequence.code)).toBe(true);
        }
      }
    }
    for (const check of CHECKS) {
      for (const g of check.guides)
        expect(guideIds.get(g.slug)?.has(g.section), `${check.id}: ${g.slug}#${g.section}`).toBe(true);
      for (const code of check.codes) expect(documentedCodes.has(code), `${check.id}: ${code}`).toBe(true);
    }
  });

  it('hands response bodies to the code lookup', () => {
    expect(run('{"result":100014,"msg":"access token过期"}')).toMatchObject({
      kind: 'response',
      lookup: { kind: 'documented', code: 100014 },
    });
    expect(run('{"code":40000001,"msg":"invalid_request"}')).toMatchObject({
      lookup: { kind: 'undocumented', code: 40000001 },
    });
    expect(run('{"error":"invalid_grant","error_description":"expired"}')).toMatchObject({
      kind: 'response',
      standardError: 'invalid_grant',
    });
  });

  it('checks the WPS 365 documentation example body as it is printed', () => {
    const result = run(
      'grant_type=authorization_code&client_id=AK2024&client_secret=6x&code=ga12&redirect_uri=https://test.wps.cn',
    );
    expect(result).toMatchObject({ kind: 'request', endpoint: { id: 'new-token' }, findings: [] });
  });

  it('reports an address it does not know instead of guessing', () => {
    expect(run('https://openapi.wps.cn/v7/drives?x=1').kind).toBe('unknown-request');
  });

  describe('hostile and malformed input', () => {
    it('handles 100 KB of text quickly', () => {
      const started = performance.now();
      for (const input of [
        'a'.repeat(100_000),
        `https://openapi.wps.cn/oauth2/auth?${'x=1&'.repeat(25_000)}`,
        `curl ${"'".repeat(50_000)}`,
        '%'.repeat(100_000),
      ]) {
        expect(() => run(input)).not.toThrow();
      }
      expect(performance.now() - started).toBeLessThan(2000);
    });
    it('survives binary, broken encoding and markup, keeping markup as plain text', () => {
      const binary = String.fromCharCode(...Array.from({ length: 512 }, (_, i) => i % 256));
      expect(() => run(binary)).not.toThrow();
      const result = run(
        'https://openapi.wps.cn/oauth2/auth?response_type=code&client_id=<script>alert(1)</script>&redirect_uri=%E4%&scope=<img src=x onerror=alert(1)>&state=8f3c1e0a9b2d',
      );
      expect(result.kind).toBe('request');
      if (result.kind !== 'request') return;
      expect(result.findings.some((f) => f.check === 'percent-encoding')).toBe(true);
      expect(result.request.query.find((p) => p.name === 'client_id')?.value).toBe('<script>alert(1)</script>');
    });
  });
});

describe('parameters named like members of every JavaScript object', () => {
  it.each(['constructor', '__proto__', 'toString'])(
    'a token request with %s as a name or grant type is diagnosed',
    (word) => {
      const input = `POST https://openapi.wps.cn/oauth2/token\nContent-Type: application/x-www-form-urlencoded\n\ngrant_type=${word}&client_id=AK20240101ABCD&client_secret=s&${word}=1`;
      const result = run(input);
      expect(result.kind).toBe('request');
      if (result.kind !== 'request') return;
      for (const finding of result.findings) {
        expect(typeof finding.title).toBe('string');
        expect(typeof finding.fix).toBe('string');
      }
      // The unknown grant type still needs the parameters every grant needs.
      expect(result.findings.filter((f) => f.check === 'required')).toEqual([]);
    },
  );
});
