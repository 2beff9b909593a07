import { describe, expect, it } from 'vitest';
import { highlightSegments, leadingSentences, plainText, resultKind } from '../../../src/lib/search/search-excerpt';

describe('resultKind', () => {
  it.each([
    ['/errors/100014/', 'code'],
    ['/wps-errors/errors/0/', 'code'],
    ['/guides/redirect-uri/#rules', 'guide'],
    ['/wps-errors/guides/token-refresh/', 'guide'],
    ['/categories/oauth/', 'category'],
    ['/errors/', 'page'],
    ['/search/?q=/errors/1/', 'page'],
    ['/', 'page'],
  ])('%s → %s', (url, kind) => {
    expect(resultKind(url)).toBe(kind);
  });
});

describe('plainText and leadingSentences', () => {
  it('drops tags and decodes entities', () => {
    expect(plainText('<p>缺少 <code>client_id</code> &amp; &lt;x&gt; &#65;&#x42;</p>')).toBe('缺少 client_id & <x> AB');
  });

  it('keeps whole sentences up to the limit', () => {
    expect(leadingSentences('第一句。第二句很长很长。第三句。', 9)).toBe('第一句。第二句很长很长。'.slice(0, 4));
    expect(leadingSentences('短。', 90)).toBe('短。');
    expect(leadingSentences('没有句号的一长段文字'.repeat(20), 20)).toHaveLength(20);
  });
});

describe('highlightSegments', () => {
  it('marks the query words, case-insensitively, and keeps the text whole', () => {
    const segments = highlightSegments('Access token过期。token失效', ['token', '过期']);
    expect(segments.map((s) => s.text).join('')).toBe('Access token过期。token失效');
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['token', '过期', 'token']);
  });

  it('treats regular-expression characters in the query as text', () => {
    const segments = highlightSegments('a.b (c) [d]', ['(c)', '.*', '[d]']);
    expect(segments.filter((s) => s.mark).map((s) => s.text)).toEqual(['(c)', '[d]']);
  });

  it('marks nothing for no words or one-character words', () => {
    expect(highlightSegments('文本', [])).toEqual([{ text: '文本', mark: false }]);
    expect(highlightSegments('文本', ['文'])).toEqual([{ text: '文本', mark: false }]);
  });
});
