import { describe, expect, it } from 'vitest';
import { SUMMARY_MAX_LENGTH, summarizeMessage } from '../../../src/lib/content/message-summary';

describe('summarizeMessage', () => {
  it('keeps the first sentence of a long official message', () => {
    expect(
      summarizeMessage('access token过期。 token过期时间为3个月。如果存储的access token过期,请重新走登录流程'),
    ).toBe('access token过期');
  });

  it('keeps short messages whole', () => {
    expect(summarizeMessage('回调地址不合法,常见原因请见:回调地址常见问题及修改方法')).toBe(
      '回调地址不合法,常见原因请见:回调地址常见问题及修改方法',
    );
    expect(summarizeMessage('成功')).toBe('成功');
  });

  it('cuts an overlong sentence on a character boundary', () => {
    const summary = summarizeMessage('错'.repeat(100));
    expect([...summary]).toHaveLength(SUMMARY_MAX_LENGTH);
    expect(summary.endsWith('…')).toBe(true);
  });
});
