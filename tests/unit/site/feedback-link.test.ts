import { describe, expect, it } from 'vitest';
import { feedbackHref } from '../../../src/lib/site/feedback-link';

const text = {
  subject: '报告本页问题：100014 access token 已过期',
  body: '地址：https://e.example/errors/100014/\n哪里不对：& = ? #',
};

describe('feedbackHref', () => {
  it('adds title and body to an issue tracker address, keeping its own parameters', () => {
    const href = feedbackHref('https://github.com/o/r/issues/new?labels=content', text);
    const url = new URL(href);
    expect(url.origin + url.pathname).toBe('https://github.com/o/r/issues/new');
    expect(url.searchParams.get('labels')).toBe('content');
    expect(url.searchParams.get('title')).toBe(text.subject);
    expect(url.searchParams.get('body')).toBe(text.body);
    expect(url.hash).toBe('');
  });

  it('writes subject and body into a mailto: address, spaces and line breaks percent-encoded', () => {
    const href = feedbackHref('mailto:docs@example.com', text);
    expect(href).toMatch(/^mailto:docs@example\.com\?subject=[^&]+&body=[^&]+$/);
    expect(href).not.toMatch(/[ \n+]/);
    const query = new URLSearchParams(href.split('?')[1]);
    expect(query.get('subject')).toBe(text.subject);
    expect(query.get('body')).toBe(text.body);
  });

  it('keeps hostile text inside the parameters: no scheme, host or fragment changes', () => {
    const hostile = { subject: 'x#y', body: '"><script>alert(1)</script>&title=evil javascript:alert(1)' };
    const url = new URL(feedbackHref('https://tracker.example/new', hostile));
    expect(url.host).toBe('tracker.example');
    expect(url.hash).toBe('');
    expect(url.searchParams.getAll('title')).toEqual(['x#y']);
    expect(url.searchParams.get('body')).toBe(hostile.body);
  });
});
