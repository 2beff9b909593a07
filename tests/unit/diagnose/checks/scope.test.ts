import { describe, expect, it } from 'vitest';
import { CORRECT, findings } from '../helpers';

const withScope = (scope: string) => CORRECT.oldAuthorize.replace('scope=user_info,cloud_file', `scope=${scope}`);

describe('scope check', () => {
  it.each([
    ['user_info，cloud_file', '全角逗号'],
    ['user_info%EF%BC%8Ccloud_file', '全角逗号'],
    ['user_info、cloud_file', '顿号'],
    ['user_info+cloud_file', '+'],
    ['user_info%20cloud_file', '空格'],
    ['user_info;cloud_file', '分号'],
    ['user_info|cloud_file', '竖线'],
  ])('flags %s', (scope, name) => {
    const [f] = findings(withScope(scope), 'scope');
    expect(f.title).toContain(name);
    expect(f.fix).toBe('改为 `scope=user_info,cloud_file`。');
    expect(f.consequence).toEqual({ code: 130032 });
  });
  it('names only the separator actually typed', () => {
    expect(findings(withScope('user_info+cloud_file'), 'scope')[0].title).not.toContain('空格，');
  });
  it('passes commas, typed or encoded, and a single scope', () => {
    for (const scope of ['user_info,cloud_file', 'user_info%2Ccloud_file', 'user_info'])
      expect(findings(withScope(scope), 'scope')).toEqual([]);
    expect(findings(CORRECT.newAuthorize, 'scope')).toEqual([]);
  });
});
