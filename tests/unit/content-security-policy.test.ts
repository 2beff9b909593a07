import { describe, expect, it } from 'vitest';
import { CSP_HEADER, CSP_META } from '../../src/lib/content-security-policy';

describe('content security policy', () => {
  it('allows only the site itself, plus WebAssembly for Pagefind', () => {
    expect(CSP_META).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(CSP_META).toContain("default-src 'self'");
    expect(CSP_META).not.toMatch(/unsafe-inline|https?:|\*/);
  });

  it('puts header-only directives in the header, not the meta tag', () => {
    expect(CSP_HEADER).toContain('frame-ancestors');
    expect(CSP_META).not.toContain('frame-ancestors');
    expect(CSP_HEADER.startsWith(CSP_META)).toBe(true);
  });
});
