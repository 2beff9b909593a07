/**
 * Every reader of content/ accepts what editors save: a byte-order mark at the
 * start of the file and Windows line endings. Each reader gets such a file and
 * must read it as if it had neither.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { contentText } from '../../src/lib/content/text';
import { formatProblem } from '../../src/lib/content/file-problem';
import { parseSources } from '../../src/lib/content/sources';
import { citationProblemsIn } from '../../src/loaders/citations';
import { readGuides } from '../../src/loaders/error-codes';
import { parseErrorFile } from '../../src/loaders/error-file';
import { parseLexicon } from '../../src/loaders/lexicon';
import { cloneErrorFile } from '../../scripts/bench/corpus.mjs';
import { readContentFile } from '../support/corpus';

/** What a Windows editor saves: a BOM, then CRLF line endings. */
const windows = (text: string) => `\uFEFF${text.replaceAll('\n', '\r\n')}`;

const SOURCES = `- id: rfc6749
  title: "RFC 6749: The OAuth 2.0 Authorization Framework"
  address: https://www.rfc-editor.org/rfc/rfc6749
  kind: standard
`;
/** A guide that names a parameter and cites a source for it; line 9 holds raw HTML. */
const GUIDE = `---
title: 刷新
summary: 刷新令牌。
order: 1
sources: [rfc6749]
---

<Section id="expired" title="过期">
<b>粗体</b>

用 \`refresh_token\` 换取新令牌。

</Section>
`;
const CODE = `---
message: "文件不存在"
subjects: [file]
problems: [not-found]
messageEn: "The file does not exist."
title: "找不到该文件"
nextStep: "重新列出目录取得最新的文件 ID。"
action: fix-request
sources: [rfc6749]
keywords: [a, b, c]
---

## 含义

用 \`refresh_token\` 换取。

## 常见原因

- B

## 解决方法

1. C
`;

const root = mkdtempSync(join(tmpdir(), 'content-readers-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const rootUrl = pathToFileURL(`${root}/`);
mkdirSync(join(root, 'content/guides'), { recursive: true });
mkdirSync(join(root, 'content/errors'), { recursive: true });
writeFileSync(join(root, 'content/sources.yaml'), windows(SOURCES));
writeFileSync(join(root, 'content/guides/token-refresh.mdx'), windows(GUIDE));
writeFileSync(join(root, 'content/errors/120009.md'), windows(CODE));

describe('readers of content files accept a BOM and CRLF line endings', () => {
  it('contentText drops the BOM and turns CRLF and lone CR into LF', () => {
    expect(contentText(windows('a\nb\n'))).toBe('a\nb\n');
    expect(contentText('a\rb\r\nc')).toBe('a\nb\nc');
    expect(contentText('a\uFEFFb')).toBe('a\uFEFFb');
  });

  it('the error-code file parser (loader)', () => {
    const { entry, problems } = parseErrorFile('content/errors/120009.md', windows(CODE));
    expect(problems).toEqual([]);
    expect(entry?.data.message).toBe('文件不存在');
    expect(entry?.sections.meaning).toBe('用 `refresh_token` 换取。');
  });

  it('the guide reader of the loader: section ids, and body problems on the right line', async () => {
    const { sections, problems } = await readGuides('content/guides', rootUrl);
    expect(sections.get('token-refresh')).toEqual(['expired']);
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^content\/guides\/token-refresh\.mdx:9: field "body": element <b>: only <Section>/),
    ]);
  });

  it('the citation check of the loader: a guide with a BOM still has its sources (no false "cites no source")', async () => {
    const code = parseErrorFile('content/errors/120009.md', windows(CODE)).entry!;
    expect(await citationProblemsIn(rootUrl, [code])).toEqual([]);
  });

  it('the bibliography parser (content/sources.yaml, read by the loader and bundled into the pages)', () => {
    const { sources, problems } = parseSources(windows(SOURCES));
    expect(problems).toEqual([]);
    expect(sources).toMatchObject([
      { id: 'rfc6749', kind: 'standard', address: 'https://www.rfc-editor.org/rfc/rfc6749' },
    ]);
  });

  it('the lexicon parser (content/lexicon.yaml, read by the loader and bundled into the search)', () => {
    const text = readContentFile(new URL('../../content/lexicon.yaml', import.meta.url));
    const plain = parseLexicon(text);
    expect(plain.problems).toEqual([]);
    const fromWindows = parseLexicon(windows(text));
    expect(fromWindows.problems).toEqual([]);
    expect(fromWindows.lexicon).toEqual(plain.lexicon);
  });

  it('the content tests read content/ through one reader (tests/support/corpus.ts)', () => {
    const text = readContentFile(new URL('content/guides/token-refresh.mdx', rootUrl));
    expect(text).toBe(GUIDE);
  });

  it('the benchmark clones a BOM and CRLF file into a valid file', () => {
    const clone = cloneErrorFile(windows(CODE), 120999);
    expect(clone.startsWith('---\nmessage: "文件不存在（合成 120999）"\n')).toBe(true);
    const { problems } = parseErrorFile('content/errors/120999.md', clone);
    expect(problems).toEqual([]);
  });
});
