import { describe, expect, it } from 'vitest';
import { CORRECT, findings } from '../helpers';

const authorize = (redirect: string) =>
  `https://openapi.wps.cn/oauthapi/v2/authorize?response_type=code&appid=A&redirect_uri=${redirect}&scope=user_info&state=8f3c1e0a9b2d`;

describe('redirect-uri check', () => {
  it('catches double encoding (%253A)', () => {
    const [f] = findings(authorize('https%253A%252F%252Fapp.example.com%252Fcb'), 'redirect-uri');
    expect(f).toMatchObject({
      fragment: 'redirect_uri=https%253A%252F%252Fapp.example.com%252Fcb',
      consequence: { code: 100010 },
    });
    expect(f.title).toContain('%253A');
  });
  it('catches a relative path or a bare domain', () => {
    expect(findings(authorize('%2Fwps%2Fcallback'), 'redirect-uri')[0].guide).toEqual({
      slug: 'redirect-uri',
      section: 'configure',
    });
    expect(findings(authorize('app.example.com%2Fcb'), 'redirect-uri')).toHaveLength(1);
  });
  it('catches spaces, typed or encoded', () => {
    expect(findings(authorize('https%3A%2F%2Fapp.example.com%2Fcb%20'), 'redirect-uri')[0].title).toContain('%20');
    expect(findings(authorize('https%3A%2F%2Fapp.example.com%2Fmy+cb'), 'redirect-uri')[0].title).toContain('+');
  });
  it('catches a raw ? whose & parameters were swallowed into the request', () => {
    const [f] = findings(authorize('https://app.example.com/cb?from=wps&tenant=42'), 'redirect-uri');
    expect(f.fragment).toBe('redirect_uri=https://app.example.com/cb?from=wps&tenant=42');
    expect(f.title).toContain('tenant=42');
  });
  it('warns when the authorize link does not encode it at all', () => {
    const [f] = findings(authorize('https://app.example.com/cb'), 'redirect-uri');
    expect(f.severity).toBe('warning');
    expect(f.fix).toContain('https%3A%2F%2Fapp.example.com%2Fcb');
  });
  it('gives the new endpoints only the standard error', () => {
    const [f] = findings(CORRECT.newAuthorize.replace('https%3A%2F%2F', 'https%253A%252F%252F'), 'redirect-uri');
    expect(f.consequence).toEqual({ standardError: 'invalid_request' });
  });
  it('passes a URL encoded once, and a token body as WPS documents it', () => {
    for (const input of Object.values(CORRECT)) expect(findings(input, 'redirect-uri')).toEqual([]);
    expect(
      findings(
        'curl https://openapi.wps.cn/oauth2/token -d "grant_type=authorization_code&client_id=A&client_secret=S&code=C&redirect_uri=https://test.wps.cn"',
        'redirect-uri',
      ),
    ).toEqual([]);
  });
});
