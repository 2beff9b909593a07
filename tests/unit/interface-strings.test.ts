/**
 * Every interface string lives in the locale table (src/i18n/), read through
 * t(). A .ts or .astro file under src/ that writes Chinese text itself fails
 * here, unless it is listed below with the reason its text is data rather
 * than interface.
 */
import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cjkInAstro, cjkInTypeScript, type Found } from '../support/interface-strings';

/** Files whose Chinese text is data the code works on, not text the interface shows. */
const DATA_NOT_INTERFACE: Record<string, string> = {
  'src/lib/search-query.ts': 'filler words and synonyms the search matches queries against',
  'src/lib/content-lint.ts': 'the punctuation and compound words the house-style check looks for in content',
  'src/lib/error-sections.ts': 'the section headings a content file must use, which the loader parses',
  'src/lib/official-list.ts': 'the heading of the official list, which the parser looks for',
  'src/lib/message-summary.ts': 'the sentence end at which an official message is cut',
  'src/lib/site.ts': 'the official support line, quoted verbatim',
  'src/lib/errors-export.ts': "the official list's own name, as the export cites it",
  'src/lib/diagnose/endpoints.ts': 'titles of the documents and SDK files the diagnosis cites (a bibliography)',
};

/**
 * Files that still hold interface strings. Each is to move into the table;
 * the list may only shrink (an entry with no Chinese text left fails below).
 */
const NOT_YET_MOVED: Record<string, string> = {
  'src/lib/categories.ts':
    'category titles and summaries: records with an English field beside each (titleEn), as content files have; ' +
    'they also reach the browser through the number advice',
  'src/lib/client-actions.ts': 'client action labels and advice: records with an English field beside each (labelEn)',
};

const root = new URL('../../', import.meta.url);
const sourceFiles = globSync('src/**/*.{ts,astro}', { cwd: root })
  .map((file) => file.split('\\').join('/'))
  .filter((file) => !file.startsWith('src/i18n/'))
  .sort();
const scanned = new Map<string, Found[]>();
/** Each file is parsed once (the TypeScript parser takes about a second for the whole tree). */
const cjkIn = (file: string): Found[] => {
  if (!scanned.has(file)) {
    const source = readFileSync(new URL(file, root), 'utf8');
    scanned.set(file, file.endsWith('.astro') ? cjkInAstro(source) : cjkInTypeScript(source));
  }
  return scanned.get(file)!;
};
/** Parsing the tree takes seconds on a busy machine. */
const SCAN_TIMEOUT_MS = 30_000;

describe('interface strings live in the locale table', () => {
  it('reads the source tree', () => {
    expect(sourceFiles).toContain('src/pages/diagnose.astro');
    expect(sourceFiles).toContain('src/scripts/search-box.ts');
  });

  it(
    'no other .ts or .astro file under src/ writes Chinese text',
    () => {
      const offenders = sourceFiles
        .filter((file) => !(file in DATA_NOT_INTERFACE) && !(file in NOT_YET_MOVED))
        .flatMap((file) => cjkIn(file).map(({ line, text }) => `${file}:${line}: ${text}`));
      expect(offenders).toEqual([]);
    },
    SCAN_TIMEOUT_MS,
  );

  it(
    'lists only files that exist and still hold Chinese text',
    () => {
      for (const file of [...Object.keys(DATA_NOT_INTERFACE), ...Object.keys(NOT_YET_MOVED)]) {
        expect(sourceFiles, file).toContain(file);
        expect(cjkIn(file), `${file} holds no Chinese text any more: take it off the list`).not.toEqual([]);
      }
    },
    SCAN_TIMEOUT_MS,
  );
});

describe('the scanner', () => {
  it('finds text in strings and templates, not in comments or regular expressions', () => {
    const source = [
      '// 注释',
      '/** 文档注释 */',
      'const pattern = /错误码[:：]/;',
      "const label = '复制链接';",
      'const line = `共 ${count} 个`;',
      "const plain = 'copy';",
    ].join('\n');
    // The template's head and tail are two pieces of text, both on line 5.
    expect(cjkInTypeScript(source).map((found) => found.line)).toEqual([4, 5, 5]);
  });

  it('finds full-width punctuation alone', () => {
    expect(cjkInTypeScript("const separator = '、';")).toHaveLength(1);
  });

  it('reads an Astro file: front matter, markup and scripts, skipping comments', () => {
    const source = [
      '---',
      "const title = '分类';",
      '// 注释',
      '---',
      '<!-- 注释 -->',
      '{/* 注释 */}',
      '<h1>{title}</h1>',
      '<p>全部错误码</p>',
      '<a aria-label="链接">x</a>',
      '<script>',
      "  status.textContent = '正在搜索…';",
      '</script>',
    ].join('\n');
    expect(cjkInAstro(source).map((found) => found.line)).toEqual([2, 8, 9, 11]);
  });
});
