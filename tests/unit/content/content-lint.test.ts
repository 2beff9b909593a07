import { describe, expect, it } from 'vitest';
import {
  formatLintProblem,
  lintContent,
  parseGlossary,
  proseLines,
  sentencesOf,
  type LintOptions,
} from '../../../src/lib/content/content-lint';
import { splitFrontMatter } from '../../../src/loaders/content-reader';

const options: LintOptions = {
  glossary: [
    { preferred: '令牌', avoid: ['token'] },
    { preferred: '开发者后台', avoid: ['控制台'] },
  ],
  officialTexts: ['回调地址不合法,常见原因请见:回调地址常见问题及修改方法'],
};
const md = (body: string) => `---\nmessage: "非法文件名,请检查"\nkeywords: [a, "b", c]\n---\n\n## 含义\n\n${body}\n`;
/** A file as the content test hands it to the linter: the body's first line found by the loader's reader. */
const page = (file: string, body: string) => ({ file, text: md(body), bodyLine: splitFrontMatter(md(body))!.bodyLine });
const lint = (body: string, file = 'content/errors/120012.md') =>
  lintContent([page(file, body)], options).map(formatLintProblem);

describe('punctuation', () => {
  it('flags half-width punctuation next to Chinese, with file and line', () => {
    expect(lint('文件名不合法,通常含有特殊字符(例如 `*`)。')).toEqual([
      'content/errors/120012.md:8: [punctuation] half-width "," in Chinese prose; write "，"',
      'content/errors/120012.md:8: [punctuation] half-width "(" in Chinese prose; write "（"',
    ]);
  });

  it('leaves English, code spans, URLs, front matter and quoted official text alone', () => {
    expect(lint('见 RFC 6749 (section 4.1.2), `a,b:c`, https://example.com/a:b 。')).toEqual([]);
    expect(lint('官方原文写道“常见原因请见:回调地址常见问题及修改方法”。')).toEqual([]);
  });

  it('does not exempt a quotation that is not official text', () => {
    expect(lint('原文写道“请见:别处”。')).toHaveLength(1);
  });

  it('skips fenced code', () => {
    expect(lint('示例：\n\n```json\n{"msg":"文件名,非法"}\n```')).toEqual([]);
  });
});

describe('quotes', () => {
  it('flags ASCII quotes around Chinese', () => {
    expect(lint('名称为空时给一个默认名（如"未命名文档"）。')).toEqual([
      'content/errors/120012.md:8: [quotes] ASCII quotes around Chinese ("未命名文档"); write “…” instead',
    ]);
  });

  it('accepts Chinese quotes, and ASCII quotes around English', () => {
    expect(lint('默认名如“未命名文档”或「新建」，英文写作 "Untitled"。')).toEqual([]);
  });

  it('reads attribute values of MDX tags as prose without their quotes', () => {
    expect(lint('<Section id="expired" title="令牌过期时">')).toEqual([]);
    expect(lint('<Section id="expired" title="令牌过期时,刷新">')).toHaveLength(1);
  });
});

describe('glossary', () => {
  it('flags a word to avoid, as a whole word, outside code', () => {
    expect(lint('刷新 token 之后重试。')).toEqual([
      'content/errors/120012.md:8: [glossary] "token": the glossary says "令牌"',
    ]);
    expect(lint('在控制台里查看。')).toEqual([
      'content/errors/120012.md:8: [glossary] "控制台": the glossary says "开发者后台"',
    ]);
    expect(lint('传 `refresh_token`，看 `token_type`，类型为 invalid_token。')).toEqual([]);
  });

  it('does not read the tail of a compound as the word to avoid', () => {
    const withNew = { ...options, glossary: [{ preferred: '新版接口', avoid: ['新接口'] }] };
    const lintNew = (body: string) => lintContent([page('a.md', body)], withNew);
    expect(lintNew('调用刷新接口和更新接口。')).toEqual([]);
    expect(lintNew('改用新接口。')).toHaveLength(1);
  });
});

describe('repeated sentences', () => {
  const sentence = '修正请求后再发出，原样重试不会成功。';
  const files = (n: number) =>
    Array.from({ length: n }, (_, i) => page(`content/errors/10000${i}.md`, `- ${sentence}`));

  it('allows a sentence in two files', () => {
    expect(lintContent(files(2), options)).toEqual([]);
  });

  it('flags every place of a sentence found in three files', () => {
    const problems = lintContent(files(3), options);
    expect(problems.map((p) => `${p.file}:${p.line}:${p.rule}`)).toEqual([
      'content/errors/100000.md:8:repeated',
      'content/errors/100001.md:8:repeated',
      'content/errors/100002.md:8:repeated',
    ]);
    expect(problems[0].message).toContain('appears word for word in 3 files');
  });

  it('ignores short sentences', () => {
    const short = Array.from({ length: 4 }, (_, i) => page(`f${i}.md`, '不要重试。'));
    expect(lintContent(short, options)).toEqual([]);
  });
});

describe('official quotes', () => {
  it('accepts a verbatim quotation after 官方原文写道', () => {
    expect(lint('官方原文写道“常见原因请见:回调地址常见问题及修改方法”。')).toEqual([]);
  });

  it('flags a paraphrase presented as official text', () => {
    expect(lint('官方原文写道“回调地址常见问题”，也就是地址不对。')).toEqual([]);
    expect(lint('官方原文写道“请检查回调地址”。')).toEqual([
      'content/errors/120012.md:8: [official-quote] “请检查回调地址” is presented as official text but is not in any official message; quote it verbatim or drop "官方原文"',
    ]);
  });
});

describe('helpers', () => {
  it('splits sentences and drops list markers', () => {
    expect(sentencesOf('1. 先看日志。再重试！最后')).toEqual(['先看日志。', '再重试！', '最后']);
  });

  it('numbers prose lines as the file does', () => {
    expect(proseLines(md('第一行'), [], page('a.md', '第一行').bodyLine).find((l) => l.text === '第一行')?.line).toBe(8);
  });

  it('parses the glossary table', () => {
    const readme =
      '# x\n\n### Glossary\n\n| preferred | avoid | note |\n| --- | --- | --- |\n| 令牌 | token, `tok` | n |\n\n## next\n| a | b | c |\n';
    expect(parseGlossary(readme)).toEqual([{ preferred: '令牌', avoid: ['token', 'tok'] }]);
    expect(() => parseGlossary('# nothing')).toThrow(/Glossary/);
  });
});
