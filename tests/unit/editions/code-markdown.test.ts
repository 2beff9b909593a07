import { describe, expect, it } from 'vitest';
import { codeMarkdown, type CodeMarkdownInput } from '../../../src/lib/editions/code-markdown';
import { OAUTH_ERROR_REFERENCES } from '../../../src/lib/content/oauth-errors';

const SITE = 'https://errors.example.com';
const page = (code: number) => `${SITE}/errors/${code}/`;

const input: CodeMarkdownInput = {
  code: 100050,
  headline: '无效的 refresh token',
  url: page(100050),
  jsonUrl: `${SITE}/errors/100050.json`,
  message: '无效的refresh_token,请重新走登录流程,根据使用Authorization_Code获取Access_Token',
  messageEn: 'The refresh token is invalid.',
  reviewed: '2026-12-01',
  officialList: { received: '2026-11-20', archiveUrl: 'http://archive.example.org/list' },
  retired: false,
  action: { label: '让用户重新授权', advice: '丢弃当前的令牌。' },
  nextStep: '删除本地令牌，让用户重新授权。',
  sections: {
    meaning: 'refresh token 不能再用（另见 100014）。',
    causes: '- 已被轮换。\n- 已过期。',
    fix: '1. 删除令牌。\n2. 重新授权。',
  },
  guides: [
    { url: `${SITE}/guides/token-refresh/#refresh-token-invalid`, title: 'refresh token 无效', guideTitle: '刷新令牌' },
  ],
  exampleResponse: '{\n  "result": 100050\n}',
  oauthErrors: [{ name: 'invalid_grant', reference: OAUTH_ERROR_REFERENCES.invalid_grant }],
  sameMeaning: [],
  related: [{ code: 100014, message: 'access token过期', url: page(100014) }],
  category: { heading: '授权认证（100xxx）', summary: '授权流程的错误。', url: `${SITE}/categories/oauth/` },
  previous: { code: 100031, url: page(100031) },
  sources: [],
  codeUrl: (code) => (code === 100014 || code === 100031 ? page(code) : undefined),
};

const headings = (markdown: string) => markdown.split('\n').filter((line) => /^#{1,6} /.test(line));

describe('codeMarkdown', () => {
  const markdown = codeMarkdown(input);

  it('has the page heading, then the sections in page order', () => {
    expect(headings(markdown)).toEqual([
      '# 100050 无效的 refresh token',
      '## 含义',
      '## 常见原因',
      '## 解决方法',
      '## 示例响应',
      '### 在自己的 API 错误响应里指向本页',
      '## 相关',
      '### 相关错误码',
      '### 所属分类',
      '## 依据',
    ]);
  });

  it('quotes the official message, marked as official, before any of our text', () => {
    expect(markdown).toContain(
      '**WPS 开放平台官方原文（逐字引用）**（官方列表收录于 2026-11-20，公开存档：<http://archive.example.org/list>）：\n\n> 无效的refresh_token,请重新走登录流程,根据使用Authorization_Code获取Access_Token\n',
    );
    expect(markdown.indexOf('官方原文')).toBeLessThan(markdown.indexOf('## 含义'));
    expect(markdown).toContain('English (our translation): The refresh token is invalid.');
    expect(markdown).toContain('**客户端应该**：让用户重新授权。丢弃当前的令牌。');
    expect(markdown).toContain('**现在就做**：删除本地令牌，让用户重新授权。');
  });

  it('says when the page was last checked, above the official text', () => {
    expect(markdown).toContain('\n最后核对 2026-12-01\n');
    expect(markdown.indexOf('最后核对')).toBeLessThan(markdown.indexOf('官方原文'));
  });

  it('makes every link absolute and links documented code mentions', () => {
    expect(markdown).toContain('另见 [100014](https://errors.example.com/errors/100014/)');
    const targets = [...markdown.matchAll(/\]\(([^)]+)\)|<(https?:[^>]+)>/g)].map((m) => m[1] ?? m[2]);
    expect(targets.length).toBeGreaterThan(5);
    for (const target of targets.filter((t) => !t.startsWith('http://archive.example.org/')))
      expect(target).toMatch(/^https:\/\//);
  });

  it('shows the page URL as an RFC 9457 type and as the error_uri of its OAuth error', () => {
    expect(markdown).toContain('"type": "https://errors.example.com/errors/100050/"');
    expect(markdown).toContain('"error": "invalid_grant"');
    expect(markdown).toContain('"error_uri": "https://errors.example.com/errors/100050/"');
  });

  it('leaves out what the code does not have', () => {
    const plain = codeMarkdown({
      ...input,
      action: undefined,
      nextStep: undefined,
      oauthErrors: [],
      related: [],
      guides: [],
      previous: undefined,
      sections: { meaning: '成功。' },
    });
    expect(headings(plain)).toEqual([
      '# 100050 无效的 refresh token',
      '## 含义',
      '## 示例响应',
      '### 在自己的 API 错误响应里指向本页',
      '## 相关',
      '### 所属分类',
      '## 依据',
    ]);
    expect(plain).not.toContain('error_uri');
    expect(plain).not.toContain('客户端应该');
  });

  it('says when a code is retired, and lists its sources when it has any', () => {
    const retired = codeMarkdown({
      ...input,
      retired: true,
      sources: [{ title: 'RFC 6749', address: 'https://www.rfc-editor.org/rfc/rfc6749', kindLabel: '标准' }],
    });
    expect(retired).toContain('这个错误码已停用');
    expect(retired).toContain(
      '## 依据\n\n本页关于接口和平台行为的说明，依据以下公开资料；其余内容是本站的建议。\n\n- [RFC 6749](https://www.rfc-editor.org/rfc/rfc6749)（标准）\n',
    );
    expect(markdown).toContain('## 依据\n\n本页没有引用公开资料：除官方原文外，内容是本站的一般性建议。\n');
  });
});
