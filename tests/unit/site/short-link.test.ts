import { describe, expect, it } from 'vitest';
import { shortLinkPage } from '../../../src/lib/site/short-link';

describe('shortLinkPage', () => {
  const html = shortLinkPage(130009, '/wps-errors/errors/130009/', 'https://x.test/wps-errors/errors/130009/');

  it('redirects at once to the code page and names it canonical', () => {
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/wps-errors/errors/130009/">');
    expect(html).toContain('<link rel="canonical" href="https://x.test/wps-errors/errors/130009/">');
    expect(html).toContain('<a href="/wps-errors/errors/130009/">错误码 130009</a>');
  });

  it('is not indexed and runs no script', () => {
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).not.toMatch(/<script/);
  });

  it('escapes what it embeds', () => {
    expect(shortLinkPage(1, '/a"b<c/', 'https://x.test/"')).toContain('url=/a&quot;b&lt;c/');
  });
});
