import { describe, expect, it } from 'vitest';
import { CSP_HEADER, CSP_META, SECURITY_HEADERS } from '../../../src/lib/site/content-security-policy';

// Spelled out here, not computed: a change to the policy must change this test.
const EXPECTED_META =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'";

describe('content security policy', () => {
  it('is exactly the policy the site needs, in the meta tag', () => {
    expect(CSP_META).toBe(EXPECTED_META);
  });

  it('adds the header-only frame-ancestors in the header', () => {
    expect(CSP_HEADER).toBe(`${EXPECTED_META}; frame-ancestors 'none'`);
  });

  it('sends the hardening headers', () => {
    expect(SECURITY_HEADERS).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'X-Frame-Options': 'DENY',
    });
    expect(SECURITY_HEADERS['Permissions-Policy']).toMatch(/(^|, )camera=\(\)/);
    expect(SECURITY_HEADERS['Permissions-Policy']).toMatch(/(^|, )geolocation=\(\)/);
  });
});
