import { describe, expect, it } from 'vitest';
import { llmsFullTxt, llmsTxt } from '../../../src/lib/editions/llms-txt';

const header = {
  title: 'WPS 开放平台全局错误码',
  summary: '每个错误码的官方原文\n与处理方法。',
  details: ['只有官方原文是 WPS 的原话，见 <https://x.example/errors.json>。'],
};

describe('llmsTxt', () => {
  it('writes the llmstxt.org shape: H1, blockquote, notes, then H2 lists of links', () => {
    const text = llmsTxt({
      ...header,
      sections: [
        {
          name: '授权认证（100xxx）',
          links: [
            { name: '100014 access token过期', url: 'https://x.example/errors/100014.md', note: 'Expired.\nRefresh.' },
            { name: '100015', url: 'https://x.example/errors/100015.md' },
          ],
        },
        {
          name: '处理指南',
          links: [{ name: '刷新令牌', url: 'https://x.example/guides/token-refresh.md', note: '刷新。' }],
        },
      ],
    });
    expect(text).toBe(
      [
        '# WPS 开放平台全局错误码',
        '',
        '> 每个错误码的官方原文 与处理方法。',
        '',
        '只有官方原文是 WPS 的原话，见 <https://x.example/errors.json>。',
        '',
        '## 授权认证（100xxx）',
        '',
        '- [100014 access token过期](https://x.example/errors/100014.md): Expired. Refresh.',
        '- [100015](https://x.example/errors/100015.md)',
        '',
        '## 处理指南',
        '',
        '- [刷新令牌](https://x.example/guides/token-refresh.md): 刷新。',
        '',
      ].join('\n'),
    );
  });
});

describe('llmsFullTxt', () => {
  it('puts the same header before the pages, in order', () => {
    const text = llmsFullTxt(header, ['# 0 成功\n\n正文。\n', '# 100014 过期\n\n正文。\n']);
    expect(text.startsWith('# WPS 开放平台全局错误码\n\n> 每个错误码的官方原文 与处理方法。\n')).toBe(true);
    expect(text.indexOf('# 0 成功')).toBeLessThan(text.indexOf('# 100014 过期'));
    expect(text.endsWith('# 100014 过期\n\n正文。\n')).toBe(true);
  });
});
