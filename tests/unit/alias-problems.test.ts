import { describe, expect, it } from 'vitest';
import { aliasTextProblem, sharedAliasProblems } from '../../src/lib/content/alias-problems';
import { formatProblem } from '../../src/lib/content/file-problem';

describe('aliasTextProblem', () => {
  it.each([
    'access token',
    'Access_Token',
    'ACCESS-TOKEN',
    'refresh token',
    'redirect uri',
    'Client ID',
    'app',
    '文件',
    '令牌',
    '授权',
    '访问令牌',
    'ａｃｃｅｓｓ ｔｏｋｅｎ',
    'AccessToken',
    'client_secret',
  ])('rejects the generic subject %j', (text) => {
    expect(aliasTextProblem(text)).toMatch(/names a subject, not an error/);
  });

  it.each(['Expired', 'no auth', 'a b c d', '过期了', 'api权限', 'bad'])('rejects %j as too short', (text) => {
    expect(aliasTextProblem(text)).toMatch(
      /too short to name one error: an alias needs at least 8 Latin characters or 4 Chinese characters/,
    );
  });

  it.each([
    'RedirectUriNotConfig',
    'InvalidScope',
    'access token is illegal',
    'code is reused error',
    '用户在腾讯侧删除了该api的权限',
    '授权码已过期',
  ])('accepts the specific alias %j', (text) => {
    expect(aliasTextProblem(text)).toBeUndefined();
  });
});

describe('sharedAliasProblems', () => {
  it('names an alias that two codes share, whatever its case and separators, with both files and lines', () => {
    const problems = sharedAliasProblems([
      { file: 'content/errors/100013.md', code: 100013, index: 0, text: 'access token is illegal', line: 12 },
      { file: 'content/errors/100016.md', code: 100016, index: 1, text: 'Access_Token  IS-illegal', line: 13 },
      { file: 'content/errors/100020.md', code: 100020, index: 0, text: 'code is reused error', line: 12 },
    ]).map(formatProblem);
    expect(problems).toEqual([
      'content/errors/100013.md:12: field "aliases.0.text": "access token is illegal" is also an alias of 100016 (content/errors/100016.md:13): Enter can open only one of them; keep it on the one code it names',
      'content/errors/100016.md:13: field "aliases.1.text": "Access_Token  IS-illegal" is also an alias of 100013 (content/errors/100013.md:12): Enter can open only one of them; keep it on the one code it names',
    ]);
  });

  it('names an alias listed twice on one code', () => {
    const problems = sharedAliasProblems([
      { file: 'content/errors/130031.md', code: 130031, index: 0, text: 'RedirectUriNotConfig', line: 13 },
      { file: 'content/errors/130031.md', code: 130031, index: 1, text: 'redirect uri not config', line: 14 },
    ]).map(formatProblem);
    expect(problems).toEqual([
      'content/errors/130031.md:14: field "aliases.1.text": "redirect uri not config" is listed twice in this file',
    ]);
  });
});
