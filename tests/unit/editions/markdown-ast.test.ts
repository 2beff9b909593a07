import { describe, expect, it } from 'vitest';
import {
  absolutizeLinks,
  blockquote,
  linkCodeMentions,
  paragraph,
  parseMarkdown,
  plainText,
  printMarkdown,
  text,
} from '../../../src/lib/editions/markdown-ast';

const documented = new Set([100013, 100014, 100050]);
const linkMentions = (markdown: string) => {
  const tree = parseMarkdown(markdown);
  linkCodeMentions(
    tree,
    (code) => documented.has(code),
    (code) => `https://x.example/errors/${code}/`,
  );
  return printMarkdown(tree);
};

describe('linkCodeMentions', () => {
  it('links a documented code in text and in inline code', () => {
    expect(linkMentions('先刷新（见 100014），再看 `100050`。')).toBe(
      '先刷新（见 [100014](https://x.example/errors/100014/)），再看 [`100050`](https://x.example/errors/100050/)。\n',
    );
  });

  it('leaves undocumented numbers, longer numbers, decimals and code blocks alone', () => {
    const source = '120000 与 1000140 与 100014.5 不链接。\n\n```\n{"result":100014}\n```\n';
    expect(linkMentions(source)).toBe(source);
  });

  it('does not link inside an existing link', () => {
    expect(linkMentions('[见 100014](https://y.example/)')).toBe('[见 100014](https://y.example/)\n');
  });

  it('links several mentions in one text', () => {
    expect(linkMentions('100013、100014')).toBe(
      '[100013](https://x.example/errors/100013/)、[100014](https://x.example/errors/100014/)\n',
    );
  });
});

describe('absolutizeLinks', () => {
  it('resolves relative links and anchors against the page URL, and keeps absolute ones', () => {
    const tree = parseMarkdown('[a](#fix) [b](/guides/x/) [c](https://other.example/p)');
    absolutizeLinks(tree, 'https://x.example/wps-errors/errors/1/');
    expect(printMarkdown(tree)).toBe(
      '[a](https://x.example/wps-errors/errors/1/#fix) [b](https://x.example/guides/x/) [c](https://other.example/p)\n',
    );
  });
});

describe('printMarkdown', () => {
  it('escapes text so that it reads back exactly as written', () => {
    const tricky = '使用Implicit_Grant方式 *不是* <b>粗体</b> [链接](x) 1. 列表 # 标题 `代码`';
    const printed = printMarkdown({ type: 'root', children: [blockquote(paragraph(text(tricky)))] });
    expect(printed.startsWith('> ')).toBe(true);
    expect(plainText(parseMarkdown(printed))).toBe(tricky);
  });
});
