import { describe, expect, it } from 'vitest';
import { linkCodeMentions } from '../../../src/lib/content/code-mentions';

const documented = new Set([100014, 130006, 100050]);
const link = (html: string, self = 100050) =>
  linkCodeMentions(
    html,
    (c) => documented.has(c) && c !== self,
    (c) => `/errors/${c}/`,
  );

describe('linkCodeMentions', () => {
  it('links documented codes mentioned in text', () => {
    expect(link('<p>先刷新（如 100014、130006）。</p>')).toBe(
      '<p>先刷新（如 <a href="/errors/100014/">100014</a>、<a href="/errors/130006/">130006</a>）。</p>',
    );
  });

  it('wraps a code written as inline code', () => {
    expect(link('<li>返回 <code>100014</code> 时</li>')).toBe(
      '<li>返回 <a href="/errors/100014/"><code>100014</code></a> 时</li>',
    );
  });

  it("leaves undocumented numbers, the page's own code, longer numbers and decimals alone", () => {
    const html = '<p>100040、100050、1000140、100014.5、expires_in 7200</p>';
    expect(link(html)).toBe(html);
  });

  it('does not link inside links, code blocks or other inline code', () => {
    const html =
      '<p><a href="/x">100014</a></p><pre><code>{"result":100014}</code></pre><p><code>result=100014</code></p>';
    expect(link(html)).toBe(html);
  });
});
