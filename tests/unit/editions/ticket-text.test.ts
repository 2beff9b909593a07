import { describe, expect, it } from 'vitest';
import { ticketText } from '../../../src/lib/editions/ticket-text';

describe('ticketText', () => {
  it('lists code, official message, action and URL on separate lines', () => {
    const text = ticketText({
      code: 100014,
      message: 'access token过期。',
      actionLabel: '刷新令牌后重试',
      actionAdvice: '用 refresh token 换取新的 access token。',
      url: 'https://x.test/errors/100014/',
    });
    expect(text.split('\n')).toEqual([
      'WPS 开放平台错误码 100014',
      '官方说明：access token过期。',
      '建议处理：刷新令牌后重试。用 refresh token 换取新的 access token。',
      '详情：https://x.test/errors/100014/',
    ]);
  });

  it('omits the action line for success', () => {
    expect(ticketText({ code: 0, message: '成功', url: 'u' })).not.toMatch(/建议处理/);
  });
});
