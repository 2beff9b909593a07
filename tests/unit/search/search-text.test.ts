import { describe, expect, it } from 'vitest';
import { indexedKeywords, separatedMessage, separateScripts } from '../../../src/lib/search/search-text';

describe('separateScripts', () => {
  it('puts a space wherever Chinese meets Latin letters or digits', () => {
    expect(separateScripts('错误的scope')).toBe('错误的 scope');
    expect(separateScripts('HTTP请求非post方式')).toBe('HTTP 请求非 post 方式');
    expect(separateScripts('token过期时间为3个月')).toBe('token 过期时间为 3 个月');
  });

  it('leaves single-script text and existing spaces alone', () => {
    expect(separateScripts('文件不存在')).toBe('文件不存在');
    expect(separateScripts('invalid grant_type')).toBe('invalid grant_type');
    expect(separateScripts('client_secret 即appkey 非法')).toBe('client_secret 即 appkey 非法');
  });
});

describe('separatedMessage and indexedKeywords', () => {
  it('give the separated message only when it differs', () => {
    expect(separatedMessage('错误的scope')).toBe('错误的 scope');
    expect(separatedMessage('文件不存在')).toBe('');
  });

  it('join separated keywords', () => {
    expect(indexedKeywords(['scope不对', 'bad scope'])).toBe('scope 不对 · bad scope');
  });
});
