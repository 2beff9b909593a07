/**
 * The pages run only the site's own script files: no inline script or style,
 * no event-handler attributes, nothing loaded from another origin, and the
 * Content-Security-Policy on every page and in the hosts' headers file.
 */
import { describe, expect, it } from 'vitest';
import { distFiles, htmlPages, readDist } from '../support/dist';

// Spelled out, not imported from the code under test: a weaker policy in the
// code must not be able to weaken this expectation with it.
const CSP_META =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'";
const CSP_HEADER = `${CSP_META}; frame-ancestors 'none'`;

const contentPages = htmlPages.filter((page) => !/^\/\d+\/index\.html$/.test(page));

describe('security', () => {
  it('every page carries the Content-Security-Policy', () => {
    const escaped = CSP_META.replaceAll("'", '&#39;');
    const missing = contentPages.filter((page) => !readDist(page).includes(`content="${escaped}"`) && !readDist(page).includes(`content="${CSP_META}"`));
    expect(missing).toEqual([]);
  });

  it('has no inline scripts, inline styles or event-handler attributes', () => {
    const problems = htmlPages.flatMap((page) => {
      const html = readDist(page);
      return [
        ...[...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>/g)].map((m) => `${page}: inline ${m[0]}`),
        ...[...html.matchAll(/<style\b/g)].map(() => `${page}: <style>`),
        ...[...html.matchAll(/<[^>]+\sstyle="/g)].map(() => `${page}: style attribute`),
        ...[...html.matchAll(/<[^>]+\son[a-z]+="/g)].map((m) => `${page}: event handler in ${m[0].slice(0, 60)}`),
      ];
    });
    expect(problems).toEqual([]);
  });

  it('loads nothing from another origin', () => {
    const external = htmlPages.flatMap((page) =>
      [...readDist(page).matchAll(/<(?:script|img|iframe|source|audio|video)\b[^>]*\ssrc="(https?:)?\/\/[^"]*"|<link\b[^>]*rel="(?:stylesheet|preload|modulepreload|icon)"[^>]*href="(?:https?:)?\/\/[^"]*"/g)].map((m) => `${page}: ${m[0]}`),
    );
    expect(external).toEqual([]);
    const assets = distFiles.filter((f) => /\.(js|css)$/.test(f) && !f.startsWith('/pagefind/'));
    const remote = assets.filter((f) => /(?:@import|url\()\s*['"]?https?:|fetch\(\s*['"]https?:/.test(readDist(f)));
    expect(remote).toEqual([]);
  });

  it('writes the policy, the hardening headers and the editions\' charset for static hosts', () => {
    const headers = readDist('/_headers');
    expect(headers.split('\n')).toEqual([
      '/*',
      `  Content-Security-Policy: ${CSP_HEADER}`,
      '  X-Content-Type-Options: nosniff',
      '  Referrer-Policy: strict-origin-when-cross-origin',
      '  X-Frame-Options: DENY',
      '  Cross-Origin-Opener-Policy: same-origin',
      '  Cross-Origin-Resource-Policy: same-origin',
      '  Permissions-Policy: accelerometer=(), browsing-topics=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
      '  Strict-Transport-Security: max-age=31536000',
      '',
      '/*.md',
      '  Content-Type: text/markdown; charset=utf-8',
      '',
      '/*.txt',
      '  Content-Type: text/plain; charset=utf-8',
      '',
    ]);
  });
});
