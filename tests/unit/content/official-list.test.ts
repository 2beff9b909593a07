import { describe, expect, it } from 'vitest';
import { parseOfficialList } from '../../../src/lib/content/official-list';

const page = `• 返回码说明
    全局错误码

    错误码含义说明
    0成功
    100009client_secret 即appkey 非法
    100010回调地址不合法,常见原因请见:回调地址常见问题及修改方法

    有任何疑问,请加入QQ群: 732130805 或者联系open@wps.cn获取帮助。`;

describe('parseOfficialList', () => {
  it('splits each row at the first non-digit and keeps the message verbatim', () => {
    const { codes, footer } = parseOfficialList(page);
    expect(codes).toEqual([
      { code: 0, message: '成功' },
      { code: 100009, message: 'client_secret 即appkey 非法' },
      { code: 100010, message: '回调地址不合法,常见原因请见:回调地址常见问题及修改方法' },
    ]);
    expect(footer).toBe('有任何疑问,请加入QQ群: 732130805 或者联系open@wps.cn获取帮助。');
  });

  it('handles Windows line endings', () => {
    expect(parseOfficialList(page.replaceAll('\n', '\r\n')).codes).toHaveLength(3);
  });

  it('fails loudly when the table header is missing', () => {
    expect(() => parseOfficialList('0成功')).toThrow(/header row/);
  });
});
