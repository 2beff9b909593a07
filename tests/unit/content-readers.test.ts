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
import { parseSources } from '../../src/lib/content/sources';
import { normalizeText, readContentFile } from '../../src/loaders/content-reader';
import { parseLexicon } from '../../src/loaders/lexicon';
import { read } from '../support/corpus';

/** What a Windows editor saves: a BOM, then CRLF line endings. */
const windows = (text: string) => `\uFEFF${text.replaceAll('\n', '\r\n')}`;

const SOURCES = `- id: rfc6749
  title: "RFC 6749: The OAuth 2.0 Authorization Framework"
  address: https://www.rfc-editor.org/rfc/rfc6749
  kind: standard
`;
const GUIDE = `---
title: 刷新
summary: 刷新令牌。
order: 1
sources: [rfc6749]
---

<Section id="expired" title="过期">

用 \`refresh_token\` 换取新令牌。

</Section>
`;

const root = mkdtempSync(join(tmpdir(), 'content-readers-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
mkdirSync(join(root, 'content/guides'), { recursive: true });
writeFileSync(join(root, 'content/guides/token-refresh.mdx'), windows(GUIDE));

describe('readers of content files accept a BOM and CRLF line endings', () => {
  it('the normalization drops the BOM and turns CRLF and lone CR into LF', () => {
    expect(normalizeText(windows('a\nb\n'))).toBe('a\nb\n');
    expect(normalizeText('a\rb\r\nc')).toBe('a\nb\nc');
    expect(normalizeText('a\uFEFFb')).toBe('a\uFEFFb');
  });

  it('the content reader of the loaders, the tests and the benchmark', () => {
    expect(readContentFile(pathToFileURL(`${root}/`), 'content/guides/token-refresh.mdx')).toBe(GUIDE);
  });

  it('the bibliography as the pages read it (content/sources.yaml, bundled, then normalized)', () => {
    const { sources, problems } = parseSources(normalizeText(windows(SOURCES)));
    expect(problems).toEqual([]);
    expect(sources).toMatchObject([{ id: 'rfc6749', kind: 'standard' }]);
  });

  it('the lexicon parser (content/lexicon.yaml, bundled into the search)', () => {
    const text = read('content/lexicon.yaml');
    const plain = parseLexicon(text);
    expect(plain.problems).toEqual([]);
    const fromWindows = parseLexicon(windows(text));
    expect(fromWindows.problems).toEqual([]);
    expect(fromWindows.lexicon).toEqual(plain.lexicon);
  });
});
