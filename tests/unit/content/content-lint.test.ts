import { describe, expect, it } from 'vitest';
import {
  formatLintProblem,
  lintContent,
  lintShortTexts,
  parseGlossary,
  proseLines,
  sentencesOf,
  type LintOptions,
} from '../../../src/lib/content/content-lint';
import { frontMatterShortTexts, stringTableShortTexts } from '../../../src/lib/content/short-texts';
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

describe('short texts', () => {
  /** A code file whose `field` holds `text`; every other field is clean. */
  const codeFile = (field: 'title' | 'nextStep' | 'alias', text: string) =>
    [
      '---',
      'reviewed: 2026-12-03',
      'message: "非法文件名,请检查"',
      // Single-quoted YAML, so that a planted text may hold ASCII double quotes.
      `title: '${field === 'title' ? text : '文件名不合法'}'`,
      `nextStep: '${field === 'nextStep' ? text : '改掉文件名里的特殊字符再上传。'}'`,
      'aliases:',
      `  - { text: '${field === 'alias' ? text : '文件名非法'}', kind: phrasing }`,
      'keywords: [a, b, c]',
      '---',
      '',
      '## 含义',
      '',
      '文件名不合法。',
    ].join('\n');
  const guideFile = (field: 'title' | 'summary', text: string) =>
    [
      '---',
      `title: '${field === 'title' ? text : '刷新令牌'}'`,
      `summary: '${field === 'summary' ? text : '何时刷新。'}'`,
      'order: 1',
      '---',
    ].join('\n');
  const table = (text: string) => ({ 'diagnose.fix': '修正：', 'checkPlanted.title': text });
  const tableSource = (text: string) =>
    `export const strings = {\n  'diagnose.fix': '修正：',\n  'checkPlanted.title':\n    '${text}',\n} as const;\n`;

  /** Where each short field is written, and the line a problem in it is reported on. */
  const places = [
    {
      name: 'a code title',
      advice: true,
      line: 4,
      field: 'title',
      texts: (t: string) => frontMatterShortTexts('content/errors/120012.md', codeFile('title', t), 'code'),
    },
    {
      name: 'a next step',
      advice: true,
      line: 5,
      field: 'nextStep',
      texts: (t: string) => frontMatterShortTexts('content/errors/120012.md', codeFile('nextStep', t), 'code'),
    },
    {
      name: 'an alias',
      advice: false,
      line: 7,
      field: 'aliases[0].text',
      texts: (t: string) => frontMatterShortTexts('content/errors/120012.md', codeFile('alias', t), 'code'),
    },
    {
      name: 'a guide title',
      advice: false,
      line: 2,
      field: 'title',
      texts: (t: string) => frontMatterShortTexts('content/guides/g.mdx', guideFile('title', t), 'guide'),
    },
    {
      name: 'a guide summary',
      advice: false,
      line: 3,
      field: 'summary',
      texts: (t: string) => frontMatterShortTexts('content/guides/g.mdx', guideFile('summary', t), 'guide'),
    },
    {
      name: 'a diagnosis string',
      advice: false,
      line: 3,
      field: 'checkPlanted.title',
      texts: (t: string) => stringTableShortTexts('src/i18n/zh-CN.planted.ts', tableSource(t), table(t)),
    },
  ];
  const rules = [
    { rule: 'punctuation', planted: '令牌过期,先刷新', message: 'half-width "," in Chinese prose; write "，"' },
    {
      rule: 'quotes',
      planted: '提示用户“先”点击 "重新授权"',
      message: 'ASCII quotes around Chinese ("重新授权"); write “…” instead',
    },
    { rule: 'glossary', planted: '先刷新 token 再重试', message: '"token": the glossary says "令牌"' },
    {
      rule: 'official-quote',
      planted: '官方原文写道“请重新授权”',
      message:
        '“请重新授权” is presented as official text but is not in any official message; quote it verbatim or drop "官方原文"',
    },
  ];
  const lintIn = (place: (typeof places)[number], text: string) =>
    lintShortTexts(place.texts(text), options)
      .filter((p) => p.field === place.field)
      .map(formatLintProblem);

  describe.each(places)('in $name', (place) => {
    const where = (rule: string) => `${place.texts('')[0].file}:${place.line}: [${rule}] ${place.field}: `;

    it('finds nothing in clean text', () => {
      expect(lintIn(place, '先刷新令牌，再重试一次。')).toEqual([]);
    });

    const claim = `${where('official-claim')}this field is our advice and never speaks for WPS: drop "官方" (quote official text on the page, marked as such)`;

    it.each(rules)('flags $rule with file, line and field', ({ rule, planted, message }) => {
      // A false quotation of official text in advice also speaks for WPS.
      const alsoClaim = place.advice && rule === 'official-quote' ? [claim] : [];
      expect(lintIn(place, planted)).toEqual([`${where(rule)}${message}`, ...alsoClaim]);
    });

    it(place.advice ? 'refuses "官方" in our advice' : 'may name an official document', () => {
      expect(lintIn(place, '按官方文档检查回调地址')).toEqual(place.advice ? [claim] : []);
    });
  });

  it('leaves code, endpoint paths, placeholders, official quotations and English alone', () => {
    const item = (text: string) => ({ file: 'f.md', line: 1, field: 'nextStep', text });
    expect(
      lintShortTexts(
        [
          item('调用 POST /oauth2/token 时用表单编码，`a,b` 不变'),
          item('打开 {code} 的页面：{count} 个'),
          item('原文是“常见原因请见:回调地址常见问题及修改方法”'),
          item('The access token is invalid, see "docs" (RFC 6750)'),
        ],
        options,
      ),
    ).toEqual([]);
  });

  it('reads the line of each field from the file, after "---"', () => {
    const texts = frontMatterShortTexts('content/errors/120012.md', codeFile('title', '标题'), 'code');
    expect(texts.map(({ field, line, text }) => [field, line, text])).toEqual([
      ['title', 4, '标题'],
      ['nextStep', 5, '改掉文件名里的特殊字符再上传。'],
      ['aliases[0].text', 7, '文件名非法'],
    ]);
    expect(texts.filter((t) => t.advice).map((t) => t.field)).toEqual(['title', 'nextStep']);
  });
});
