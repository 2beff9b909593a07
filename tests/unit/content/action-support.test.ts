import { describe, expect, it } from 'vitest';
import { actionSupportProblems } from '../../../src/lib/content/action-support';
import type { ClientActionId } from '../../../src/lib/content/client-actions';

/** A code file: front matter on lines 1-4 (action on line 3), 含义 from line 6, 解决方法 after it. */
const file = (action: string, meaning: string, fix: string[]) =>
  ['---', 'message: "x"', `action: ${action}`, '---', '', '## 含义', '', meaning, '', '## 解决方法', '', ...fix].join(
    '\n',
  );
const problems = (action: ClientActionId, meaning: string, fix: string[]) =>
  actionSupportProblems(action, file(action, meaning, fix)).map((p) => `${p.line}: ${p.message}`);

describe('refresh-token', () => {
  it('is supported by a fix that refreshes the access token', () => {
    expect(problems('refresh-token', '访问令牌过期了。', ['1. 用 `refresh_token` 刷新访问令牌，再重试一次。'])).toEqual(
      [],
    );
  });

  it.each([
    ['refreshing does not help', '这个令牌刷新无效，只能重新获取。'],
    ['refreshing does not help', '刷新不能解决这个问题。'],
    ['the fix is not a refresh with the refresh token', '这里的“刷新”是重新获取，不是用刷新令牌刷新访问令牌。'],
    ['there is no refresh token to refresh with', '应用令牌代表应用自身，它没有刷新令牌。'],
    ['there is no refresh token to refresh with', '这种令牌没有 refresh token。'],
  ])('is refused where the body says %s', (says, meaning) => {
    expect(problems('refresh-token', meaning, ['1. 重新获取后刷新缓存。'])).toEqual([
      `8: action "refresh-token" is not what the body says: it says ${says}; choose the action its ## 解决方法 describes`,
    ]);
  });

  it('is refused where 解决方法 never mentions a refresh', () => {
    expect(problems('refresh-token', '令牌无效。', ['1. 重新获取一次应用令牌并重试。'])).toEqual([
      '3: action "refresh-token" is not supported by ## 解决方法, which never mentions a refresh of the access token',
    ]);
  });

  it('does not read a condition, a parameter name or another code as the body saying so', () => {
    expect(problems('refresh-token', '本地没有刷新令牌时，让用户重新授权。', ['1. 刷新后重试。'])).toEqual([]);
    expect(problems('refresh-token', '如果刷新无效，就让用户重新授权。', ['1. 刷新后重试。'])).toEqual([]);
    expect(problems('refresh-token', '100050 的情况刷新无效。', ['1. 刷新后重试。'])).toEqual([]);
    expect(problems('refresh-token', '传入 `no_refresh_token` 字段。', ['1. 刷新后重试。'])).toEqual([]);
  });
});

describe('retry-later', () => {
  it('is supported by a fix that backs off and retries', () => {
    expect(problems('retry-later', '服务端暂时失败。', ['1. 按指数退避稍后重试。'])).toEqual([]);
  });

  it.each([['这不是接口重试能解决的：请用户稍后再来。'], ['重试也无效，需要用户操作。'], ['重发不会成功。']])(
    'is refused where the body says a retry does not help: %s',
    (meaning) => {
      expect(problems('retry-later', meaning, ['1. 稍后重试。'])).toEqual([
        '8: action "retry-later" is not what the body says: it says a retry does not help; choose the action its ## 解决方法 describes',
      ]);
    },
  );

  it('is refused where the first fix step sends the user through authorization again', () => {
    expect(problems('retry-later', '写入失败。', ['1. 让用户稍后重新授权。', '2. 持续出现时稍后重试。'])).toEqual([
      '12: action "retry-later" is not what the body says: its first fix step is that the user authorizes again; choose the action its ## 解决方法 describes',
    ]);
  });
});

describe('the other actions', () => {
  it('reauthorize needs a fix that authorizes again, and a body that does not say it is needless', () => {
    expect(problems('reauthorize', '授权已失效。', ['1. 请用户重新授权。'])).toEqual([]);
    expect(problems('reauthorize', '不需要重新授权。', ['1. 请用户重新授权。'])).toEqual([
      '8: action "reauthorize" is not what the body says: it says authorizing again does not help; choose the action its ## 解决方法 describes',
    ]);
    expect(problems('reauthorize', '授权已失效。', ['1. 修正参数。'])).toEqual([
      '3: action "reauthorize" is not supported by ## 解决方法, which never mentions authorization again',
    ]);
  });

  it('contact-support needs a fix that contacts support', () => {
    expect(problems('contact-support', '账号被停用。', ['1. 联系平台支持。'])).toEqual([]);
    expect(problems('contact-support', '账号被停用。', ['1. 换个账号。'])).toEqual([
      '3: action "contact-support" is not supported by ## 解决方法, which never mentions contacting support',
    ]);
  });

  it('fix-request is refused where the body says retrying as-is is enough', () => {
    expect(problems('fix-request', '参数错误。', ['1. 修正参数。'])).toEqual([]);
    expect(problems('fix-request', '偶发错误，直接重试即可。', ['1. 修正参数。'])).toEqual([
      '8: action "fix-request" is not what the body says: it says retrying as-is is enough; choose the action its ## 解决方法 describes',
    ]);
  });

  it('code 0 has no action and nothing to check', () => {
    expect(actionSupportProblems(undefined, file('', '成功。', []))).toEqual([]);
  });
});
