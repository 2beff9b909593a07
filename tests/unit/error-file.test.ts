import { describe, expect, it } from 'vitest';
import {
  codeFromFileName,
  corpusProblems,
  formatProblem,
  guideRefProblems,
  parseErrorFile,
} from '../../src/loaders/error-file';

const body = '\n## 含义\n\nA\n\n## 常见原因\n\n- B\n\n## 解决方法\n\n1. C\n';
const file = (frontmatter: string, text = body) => `---\n${frontmatter}\n---\n${text}`;
const valid =
  'reviewed: 2026-12-03\n' +
  'message: "文件不存在"\nsubjects: [file]\nproblems: [not-found]\nmessageEn: "The file does not exist."\ntitle: "找不到该文件"\n' +
  'nextStep: "重新列出目录取得最新的文件 ID。"\naction: fix-request\nkeywords: [a, b, c]';
/** Code 0 has a title but neither an action nor a next step. */
const success = valid.replace(/\nnextStep: .*/, '').replace('\naction: fix-request', '');

const problemsOf = (name: string, source: string) =>
  parseErrorFile(`content/errors/${name}`, source).problems.map(formatProblem);

describe('parseErrorFile', () => {
  it('accepts a valid file and takes the code from its name', () => {
    const { entry, problems } = parseErrorFile('content/errors/120009.md', file(valid));
    expect(problems).toEqual([]);
    expect(entry).toMatchObject({ code: 120009, data: { message: '文件不存在', status: 'active' } });
    expect(entry?.sections).toEqual({ meaning: 'A', causes: '- B', fix: '1. C' });
  });

  it('names the file and the field of a missing message', () => {
    expect(problemsOf('120009.md', file(valid.replace('message: "文件不存在"\n', '')))).toEqual([
      'content/errors/120009.md: field "message": is required',
    ]);
  });

  it('requires the date the text was last checked, as a past YYYY-MM-DD', () => {
    const { entry } = parseErrorFile('content/errors/120009.md', file(valid));
    expect(entry?.data.reviewed).toBe('2026-12-03');
    expect(problemsOf('120009.md', file(valid.replace('reviewed: 2026-12-03\n', '')))).toEqual([
      'content/errors/120009.md: field "reviewed": is required',
    ]);
    expect(problemsOf('120009.md', file(valid.replace('2026-12-03', '2026-12')))).toEqual([
      'content/errors/120009.md: field "reviewed": must be a date written YYYY-MM-DD (the date the text was last checked against its sources)',
    ]);
    expect(problemsOf('120009.md', file(valid.replace('2026-12-03', '2999-12-03')))[0]).toMatch(
      /^content\/errors\/120009\.md: field "reviewed": 2999-12-03 is in the future; /,
    );
  });

  it('rejects unknown keys, and explains derived ones', () => {
    const problems = problemsOf('120009.md', file(`${valid}\ncategory: oauth\ncode: 120009\nseverity: high`));
    expect(problems).toContain(
      'content/errors/120009.md: field "category": the category follows from the code\'s range; remove this field',
    );
    expect(problems).toContain('content/errors/120009.md: field "code": the code is the file name; remove this field');
    expect(problems.some((p) => p.startsWith('content/errors/120009.md: field "severity": unknown field'))).toBe(true);
  });

  it('rejects wrong types and values', () => {
    expect(problemsOf('120009.md', file(valid.replace('fix-request', 'panic')))[0]).toMatch(
      /^content\/errors\/120009\.md: field "action": /,
    );
    expect(problemsOf('120009.md', file(valid.replace('[a, b, c]', '"a b c"')))[0]).toMatch(/field "keywords"/);
    expect(problemsOf('120009.md', file(`${valid}\nguides: [token-refresh]`))[0]).toMatch(
      /field "guides\.0": expected "<guide-slug>#<section-id>"/,
    );
  });

  it('requires every alias to say where it was seen, and a QQ Connect wording to cite its source', () => {
    const withAlias = (alias: string) => file(`${valid}\naliases:\n  - ${alias}`);
    expect(problemsOf('120009.md', withAlias('{ text: "FileNotExist", kind: symbolic, seen: wps }'))).toEqual([]);
    expect(problemsOf('120009.md', withAlias('{ text: "FileNotExist", kind: symbolic }'))).toEqual([
      `content/errors/120009.md: field "aliases.0.seen": must be wps (seen in WPS responses or logs) or qq-connect (the wording of QQ Connect's own table)`,
    ]);
    expect(
      problemsOf('120009.md', withAlias('{ text: "file is not exist", kind: english, seen: qq-connect }')),
    ).toEqual([
      'content/errors/120009.md: field "aliases.0.source": a QQ Connect wording must cite its source (e.g. source: qq-connect-return-codes)',
    ]);
  });

  it('rejects a code outside every category range', () => {
    expect(problemsOf('140000.md', file(valid))[0]).toMatch(
      /^content\/errors\/140000\.md: field "file name": code 140000 is outside every category range/,
    );
  });

  it('rejects file names that are not a code', () => {
    expect(problemsOf('access-token.md', file(valid))).toEqual([
      'content/errors/access-token.md: field "file name": must be the error code followed by .md, e.g. 100014.md',
    ]);
    expect(problemsOf('0120009.md', file(valid))).toContain(
      'content/errors/0120009.md: field "file name": must be written without leading zeros: 120009.md',
    );
  });

  it('requires an action except on code 0, and forbids one on code 0', () => {
    expect(problemsOf('120009.md', file(valid.replace('\naction: fix-request', '')))).toEqual([
      'content/errors/120009.md: field "action": is required',
    ]);
    expect(problemsOf('0.md', file(`${success}\naction: fix-request`, '## 含义\n\nOK'))).toEqual([
      'content/errors/0.md: field "action": code 0 is success and takes no action',
    ]);
    expect(problemsOf('0.md', file(success, '## 含义\n\nOK'))).toEqual([]);
  });

  it('requires a title on every code, at most 30 characters long', () => {
    expect(problemsOf('120009.md', file(valid.replace('title: "找不到该文件"\n', '')))).toEqual([
      'content/errors/120009.md: field "title": is required',
    ]);
    expect(problemsOf('0.md', file(success.replace(/\ntitle: .*/, ''), '## 含义\n\nOK'))).toEqual([
      'content/errors/0.md: field "title": is required',
    ]);
    const thirtyOne = '一二三四五六七八九十'.repeat(3) + '多';
    expect(problemsOf('120009.md', file(valid.replace('找不到该文件', thirtyOne)))).toEqual([
      'content/errors/120009.md: field "title": must be at most 30 characters: a short heading',
    ]);
    expect(problemsOf('120009.md', file(valid.replace('找不到该文件', thirtyOne.slice(0, 30))))).toEqual([]);
  });

  it('requires a next step except on code 0, and forbids one on code 0', () => {
    expect(problemsOf('120009.md', file(valid.replace(/\nnextStep: .*/, '')))).toEqual([
      'content/errors/120009.md: field "nextStep": is required',
    ]);
    expect(problemsOf('0.md', file(`${success}\nnextStep: "无需处理。"`, '## 含义\n\nOK'))).toEqual([
      'content/errors/0.md: field "nextStep": code 0 is success and needs no next step',
    ]);
  });

  it('requires OAuth-related codes to link a guide', () => {
    expect(problemsOf('100014.md', file(valid))).toEqual([
      'content/errors/100014.md: field "guides": an OAuth-related code must link at least one guide section',
    ]);
    expect(problemsOf('130004.md', file(`${valid}\noauthErrors: [invalid_scope]`))).toHaveLength(1);
    expect(problemsOf('100014.md', file(`${valid}\nguides: [token-refresh#expired]`))).toEqual([]);
  });

  it('reports broken front matter and body structure with the file name', () => {
    expect(problemsOf('120009.md', 'no front matter')).toEqual([
      'content/errors/120009.md: field "front matter": missing: the file must start with a "---" block',
    ]);
    expect(problemsOf('120009.md', file('message: "a\nb: ['))[0]).toMatch(
      /^content\/errors\/120009\.md: field "front matter": invalid YAML/,
    );
    expect(problemsOf('120009.md', file(valid, '## 含义\n\nA'))).toContain(
      'content/errors/120009.md: field "body": missing section "## 常见原因"',
    );
  });
});

describe('parseErrorFile: wrong types and editor encodings', () => {
  it('says a wrong type is a wrong type, not a missing field', () => {
    expect(problemsOf('120009.md', file(valid.replace('message: "文件不存在"', 'message: 100014')))).toEqual([
      'content/errors/120009.md: field "message": must be text (a string; quote it if YAML reads it as something else), but is the number 100014',
    ]);
    expect(problemsOf('120009.md', file(valid.replace('keywords: [a, b, c]', 'keywords: token expired')))).toEqual([
      'content/errors/120009.md: field "keywords": must be a list, e.g. [a, b, c], but is the text "token expired"',
    ]);
    expect(problemsOf('120009.md', file(valid.replace('message: "文件不存在"', 'message:')))).toEqual([
      'content/errors/120009.md: field "message": must be text (a string; quote it if YAML reads it as something else), but is empty (null)',
    ]);
  });

  it('accepts a byte-order mark and Windows line endings', () => {
    const windows = `\uFEFF${file(valid)}`.replaceAll('\n', '\r\n');
    const { entry, problems } = parseErrorFile('content/errors/120009.md', windows);
    expect(problems).toEqual([]);
    expect(entry?.sections).toEqual({ meaning: 'A', causes: '- B', fix: '1. C' });
  });

  it('still gives the code of a file whose front matter is broken', () => {
    expect(parseErrorFile('content/errors/120009.md', file('message: 1')).code).toBe(120009);
  });
});

describe('guideRefProblems', () => {
  it('reports every broken reference in one run', () => {
    const entry = parseErrorFile(
      'content/errors/100014.md',
      file(`${valid}\nguides: [token-refresh#expired, token-refresh#gone, no-guide#x, token-refresh#also-gone]`),
    ).entry!;
    const guides = new Map([['token-refresh', ['expired', 'revoked']]]);
    expect(guideRefProblems([entry], guides).map(formatProblem)).toEqual([
      'content/errors/100014.md: field "guides": guide "token-refresh" has no section "gone" (it has: expired, revoked)',
      'content/errors/100014.md: field "guides": no guide "no-guide" in content/guides/',
      'content/errors/100014.md: field "guides": guide "token-refresh" has no section "also-gone" (it has: expired, revoked)',
    ]);
  });
});

describe('corpusProblems', () => {
  const parse = (name: string, extra = '') => parseErrorFile(`content/errors/${name}`, file(`${valid}${extra}`)).entry!;

  it('finds two files that define the same code', () => {
    const duplicate = { ...parse('120009.md'), file: 'content/errors/0120009.md' };
    expect(corpusProblems([parse('120009.md'), duplicate]).map(formatProblem)).toEqual([
      'content/errors/0120009.md: field "file name": duplicate code 120009: also defined by content/errors/120009.md',
    ]);
  });

  it('finds relations to missing codes and pairs declared twice, naming the file', () => {
    const problems = corpusProblems([
      parse('120003.md', '\nrelated: [120009]'),
      parse('120009.md', '\nrelated: [120003, 120404]'),
    ]).map(formatProblem);
    expect(problems).toEqual([
      'content/errors/120009.md: field "related": 120003: the pair is already declared in 120003 (declare it once)',
      'content/errors/120009.md: field "related": 120404: 120404 is not a documented code',
    ]);
  });
});

describe('corpusProblems with a broken file', () => {
  it("counts the broken file's code as documented, so the problem is reported once", () => {
    const related = parseErrorFile('content/errors/120003.md', file(`${valid}\nrelated: [120009]`)).entry!;
    expect(corpusProblems([related], [120009])).toEqual([]);
    expect(corpusProblems([related]).map(formatProblem)).toEqual([
      'content/errors/120003.md: field "related": 120009: 120009 is not a documented code',
    ]);
  });
});

describe('codeFromFileName', () => {
  it('reads codes and rejects everything else', () => {
    expect(codeFromFileName('0.md')).toBe(0);
    expect(codeFromFileName('100014.md')).toBe(100014);
    expect(codeFromFileName('100014.mdx')).toBeUndefined();
    expect(codeFromFileName('README.md')).toBeUndefined();
  });
});
