import { describe, expect, it } from 'vitest';
import { aliasKey, findAlias, MIN_ALIAS_LENGTH } from '../../../src/lib/search/alias-match';

const aliases = [
  { text: 'RedirectUriNotConfig', code: 130031 },
  { text: 'InvalidScope', code: 130032 },
  { text: 'redirect uri is illegal', code: 100010 },
  { text: 'code is reused error', code: 100020 },
  { text: 'access token is illegal', code: 100013 },
  { text: '用户在腾讯侧删除了该api的权限', code: 100030 },
];

describe('findAlias finds an alias written whole in the input', () => {
  it.each([
    ['RedirectUriNotConfig', 130031],
    ['2026-07-13 11:02:45 [pid 18365] OAuth callback failed: RedirectUriNotConfig', 130031],
    ['{"result":130031,"msg":"RedirectUriNotConfig"}', 130031],
    ['redirectURINotConfig', 130031],
    ['ＩｎｖａｌｉｄＳｃｏｐｅ', 130032],
    ['redirect uri is illegal(100010)', 100010],
    ['绑定时qq报redirect uri is illegal错误', 100010],
    ['偶尔报错code_is_reused_error', 100020],
    ['Code-Is-Reused-Error', 100020],
    ['callback( {"error":100013,"error_description":"access token is illegal"} );', 100013],
    ['或用户在腾讯侧删除了该api的权限。请用户重新走登录', 100030],
  ])('%j → %i', (input, code) => {
    expect(findAlias(input, aliases)?.code).toBe(code);
  });

  it('does not match a standard OAuth name that merely resembles a symbolic alias', () => {
    expect(findAlias('invalid_scope', aliases)).toBeUndefined();
    expect(findAlias('{"msg":"invalid_scope"}', aliases)).toBeUndefined();
  });

  it('matches Latin aliases as whole words only', () => {
    expect(findAlias('RedirectUriNotConfigured', aliases)).toBeUndefined();
    expect(findAlias('the redirect uri is illegally long', aliases)).toBeUndefined();
    expect(findAlias('xInvalidScope', aliases)).toBeUndefined();
  });

  it('prefers the longest alias when several match', () => {
    const overlapping = [
      { text: 'token is illegal', code: 1 },
      { text: 'access token is illegal', code: 100013 },
    ];
    expect(findAlias('error: access token is illegal', overlapping)?.code).toBe(100013);
  });

  it('ignores aliases too short to be specific', () => {
    expect(findAlias('error occurred', [{ text: 'error', code: 1 }])).toBeUndefined();
    expect(aliasKey('a b c d').length).toBeLessThan(MIN_ALIAS_LENGTH);
  });

  it.each([
    [''],
    ['   '],
    ['<script>alert("RedirectUriNotConfig")</script>'],
    ['🔥'.repeat(1000)],
    ['a'.repeat(100_000)],
  ])('handles hostile input %#', (input) => {
    const started = performance.now();
    findAlias(input, aliases);
    expect(performance.now() - started).toBeLessThan(200);
  });
});

describe('aliasKey', () => {
  it('ignores case, width and separators, and splits Chinese from Latin', () => {
    expect(aliasKey('Code_Is-Reused  Error')).toBe('code is reused error');
    expect(aliasKey('删除了该api的权限')).toBe('删除了该 api 的权限');
    expect(aliasKey('ＡＢＣ')).toBe('abc');
  });
});
