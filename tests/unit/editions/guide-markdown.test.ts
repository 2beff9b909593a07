import { describe, expect, it } from 'vitest';
import { guideMarkdown, type GuideMarkdownInput } from '../../../src/lib/editions/guide-markdown';

const SITE = 'https://errors.example.com';

const source = `<Section id="expired" title="access token 过期">

<CodeRef code={100014} /> 可以刷新；见[上一节](#lifetime)。

<Callout kind="warning">

先保存新令牌。

</Callout>

<Steps>

1. 刷新一次。
2. 重试一次。

</Steps>

| 项目 | 旧版 |
| --- | --- |
| 刷新 | \`POST\` |

\`\`\`ts
const x = { a: 1 };
\`\`\`

<OfficialQuote code={100014} />

</Section>
`;

const input = (mdx: string): GuideMarkdownInput => ({
  file: 'content/guides/token-refresh.mdx',
  source: mdx,
  title: '刷新令牌',
  summary: '何时刷新。',
  reviewed: '2026-12-02',
  url: `${SITE}/guides/token-refresh/`,
  codes: [
    {
      code: 100014,
      message: 'access token过期。',
      url: `${SITE}/errors/100014/`,
      sections: [{ title: 'access token 过期', url: `${SITE}/guides/token-refresh/#expired` }],
    },
  ],
  sources: [{ title: 'RFC 6749', address: 'https://www.rfc-editor.org/rfc/rfc6749', kindLabel: '标准' }],
  lookupCode: (code) =>
    code === 100014 ? { url: `${SITE}/errors/100014/`, message: 'access token过期。' } : undefined,
});

describe('guideMarkdown', () => {
  it('turns each component into plain Markdown and keeps the rest as written', () => {
    expect(guideMarkdown(input(source))).toBe(
      [
        '# 刷新令牌',
        '',
        '网页版：<https://errors.example.com/guides/token-refresh/>',
        '',
        '最后核对 2026-12-02',
        '',
        '何时刷新。',
        '',
        '本指南由本站整理，不是 WPS 官方文档；引用的官方原文均已标注。接口细节请以 WPS 开放平台文档为准。',
        '',
        '## access token 过期',
        '',
        '[`100014`](https://errors.example.com/errors/100014/) 可以刷新；见[上一节](https://errors.example.com/guides/token-refresh/#lifetime)。',
        '',
        '> **注意**：先保存新令牌。',
        '',
        '1. 刷新一次。',
        '2. 重试一次。',
        '',
        '| 项目 | 旧版 |',
        '| - | - |',
        '| 刷新 | `POST` |',
        '',
        '```ts',
        'const x = { a: 1 };',
        '```',
        '',
        '> access token过期。',
        '',
        '— 错误码 [100014](https://errors.example.com/errors/100014/) 的 WPS 开放平台官方原文（逐字引用）',
        '',
        '## 本指南可以解决的错误码',
        '',
        '| 错误码 | 官方说明 | 相关章节 |',
        '| - | - | - |',
        '| [100014](https://errors.example.com/errors/100014/) | access token过期。 | [access token 过期](https://errors.example.com/guides/token-refresh/#expired) |',
        '',
        '## 依据',
        '',
        '本页关于接口和平台行为的说明，依据以下公开资料；其余内容是本站的建议。',
        '',
        '- [RFC 6749](https://www.rfc-editor.org/rfc/rfc6749)（标准）',
        '',
      ].join('\n'),
    );
  });

  it('fails, naming the file and line, on a component it cannot write as Markdown', () => {
    expect(() => guideMarkdown(input('正文。\n\n<Video src="x" />\n'))).toThrow(
      'content/guides/token-refresh.mdx (body line 3): <Video> has no Markdown form',
    );
  });

  it('fails on a reference to an undocumented code', () => {
    expect(() => guideMarkdown(input('见 <CodeRef code={100040} />。\n'))).toThrow(
      /CodeRef code=\{100040\}.*not a documented code/,
    );
  });

  it('fails on an unknown callout kind and on an expression', () => {
    expect(() => guideMarkdown(input('<Callout kind="danger">x</Callout>\n'))).toThrow('<Callout kind="danger">');
    expect(() => guideMarkdown(input('{1 + 1}\n'))).toThrow('an MDX expression or import');
  });
});
