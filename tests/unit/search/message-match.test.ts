import { describe, expect, it } from 'vitest';
import { messageKey, messageMatches } from '../../../src/lib/search/message-match';

const messages = [
  { code: 100013, message: 'access token非法' },
  { code: 100014, message: 'access token过期。 token过期时间为3个月。' },
  { code: 130007, message: 'RedirectUri为空' },
  { code: 130031, message: 'RedirectUri为空' },
  { code: 120002, message: '空文件' },
  { code: 120005, message: '上传失败' },
  { code: 130018, message: '上传文件失败' },
];

describe('messageMatches', () => {
  it('finds a whole message regardless of case, width, spaces and punctuation', () => {
    expect(messageMatches('access token非法', messages)).toEqual([100013]);
    expect(messageMatches('ACCESS-TOKEN 非法！', messages)).toEqual([100013]);
    expect(messageMatches('空文件', messages)).toEqual([120002]);
  });

  it('gives both codes of a shared message', () => {
    expect(messageMatches('redirecturi为空', messages)).toEqual([130007, 130031]);
  });

  it('finds a distinctive part of a message, not a short or common one', () => {
    expect(messageMatches('token过期时间为3个月', messages)).toEqual([100014]);
    expect(messageMatches('失败', messages)).toEqual([]);
    expect(messageMatches('access', messages)).toEqual([]);
  });

  it('prefers the whole message over a part of a longer one', () => {
    expect(messageMatches('上传失败', messages)).toEqual([120005]);
  });

  it('compares one spelling', () => {
    expect(messageKey(' Ａccess  token，非法 ')).toBe('accesstoken非法');
  });
});
