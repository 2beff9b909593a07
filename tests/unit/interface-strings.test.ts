/**
 * Every interface string lives in the locale table (src/i18n/), read through
 * t(). A .ts or .astro file under src/ that writes Chinese text itself fails
 * here, unless it is listed below: either its text is data rather than
 * interface, or it holds records written in two languages, which are checked
 * against the second-language convention instead (content/README.md).
 */
import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../src/lib/content/categories';
import { CLIENT_ACTIONS } from '../../src/lib/content/client-actions';
import { cjkInAstro, cjkInTypeScript, hasChinese, type Found } from '../support/interface-strings';

/** Files whose Chinese text is data the code works on, not text the interface shows. */
const DATA_NOT_INTERFACE: Record<string, string> = {
  'src/lib/search/search-query.ts': 'filler words and synonyms the search matches queries against',
  'src/lib/content/content-lint.ts': 'the punctuation and compound words the house-style check looks for in content',
  'src/lib/content/action-support.ts': "the words with which a code's body says its action does not help",
  'src/lib/content/error-sections.ts': 'the section headings a content file must use, which the loader parses',
  'src/lib/content/official-list.ts': 'the heading of the official list, which the parser looks for',
  'src/lib/content/message-summary.ts': 'the sentence end at which an official message is cut',
  'src/lib/site/site.ts': 'the official support line, quoted verbatim',
  'src/schemas/errors-export.ts': "the official list's own name, as the export cites it",
};

/**
 * Files of records whose text fields come in two languages, as content fields
 * do: `title` in Chinese, `titleEn` in English. Their Chinese is data: pages
 * read each field through localized(), which picks the language of the
 * edition being built. What is checked instead is that the English is there.
 * The Chinese fields are named by hand, so a record that gains one is a
 * decision, not an accident.
 */
const BILINGUAL_RECORDS: Record<
  string,
  { records: [name: string, record: object, chineseFields?: string[]][]; chineseFields: string[] }
> = {
  'src/lib/content/categories.ts': {
    records: CATEGORIES.map((c) => [c.slug, c]),
    chineseFields: ['summary', 'title'],
  },
  'src/lib/content/client-actions.ts': {
    records: Object.values(CLIENT_ACTIONS).map((a) => [a.id, a]),
    chineseFields: ['advice', 'contract', 'label'],
  },
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
        .filter((file) => !(file in DATA_NOT_INTERFACE) && !(file in BILINGUAL_RECORDS))
        .flatMap((file) => cjkIn(file).map(({ line, text }) => `${file}:${line}: ${text}`));
      expect(offenders).toEqual([]);
    },
    SCAN_TIMEOUT_MS,
  );

  it(
    'lists only files that exist and still hold Chinese text',
    () => {
      for (const file of [...Object.keys(DATA_NOT_INTERFACE), ...Object.keys(BILINGUAL_RECORDS)]) {
        expect(sourceFiles, file).toContain(file);
        expect(cjkIn(file), `${file} holds no Chinese text any more: take it off the list`).not.toEqual([]);
      }
    },
    SCAN_TIMEOUT_MS,
  );
});

describe('records in two languages', () => {
  describe.each(Object.entries(BILINGUAL_RECORDS))('%s', (_file, { records, chineseFields }) => {
    it.each(records)('%s: every field in Chinese has a field in English beside it', (_name, record, own) => {
      const fields = Object.entries(record) as [string, unknown][];
      const value = new Map(fields);
      const chinese = fields.filter(([, text]) => typeof text === 'string' && hasChinese(text)).map(([field]) => field);
      expect(chinese.sort()).toEqual(own ?? chineseFields);
      for (const field of chinese) {
        const english = value.get(`${field}En`);
        expect(english, `${field}En is missing or empty`).toEqual(expect.stringMatching(/\S/));
        expect(hasChinese(english as string), `${field}En holds Chinese`).toBe(false);
      }
    });
  });
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
