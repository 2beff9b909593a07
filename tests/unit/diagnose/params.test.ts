import { describe, expect, it } from 'vitest';
import { decodeComponent, parseJsonParams, parseParams } from '../../../src/lib/diagnose/params';

describe('decodeComponent', () => {
  it('decodes percent runs and + as a space', () => {
    expect(decodeComponent('https%3A%2F%2Fa.example.com%2Fcb')).toEqual({
      value: 'https://a.example.com/cb',
      malformed: false,
    });
    expect(decodeComponent('a+b')).toEqual({ value: 'a b', malformed: false });
    expect(decodeComponent('%E4%BD%A0%E5%A5%BD')).toEqual({ value: '你好', malformed: false });
  });
  it('keeps broken sequences as typed and reports them', () => {
    expect(decodeComponent('100%')).toEqual({ value: '100%', malformed: true });
    expect(decodeComponent('%zz')).toEqual({ value: '%zz', malformed: true });
    expect(decodeComponent('%E4%BD')).toEqual({ value: '%E4%BD', malformed: true });
    expect(decodeComponent('ok%2Cthen%E4')).toEqual({ value: 'ok,then%E4', malformed: true });
  });
});

describe('parseParams', () => {
  it('keeps each parameter as typed beside its decoded value', () => {
    expect(parseParams('a=1&scope=x%2Cy&empty=&flag', 'query')).toEqual([
      { name: 'a', value: '1', raw: 'a=1', rawValue: '1', location: 'query', malformed: false },
      { name: 'scope', value: 'x,y', raw: 'scope=x%2Cy', rawValue: 'x%2Cy', location: 'query', malformed: false },
      { name: 'empty', value: '', raw: 'empty=', rawValue: '', location: 'query', malformed: false },
      { name: 'flag', value: '', raw: 'flag', rawValue: '', location: 'query', malformed: false },
    ]);
  });
  it('skips empty pieces and keeps = inside values', () => {
    expect(parseParams('&&a=b=c&', 'body').map((p) => [p.name, p.value])).toEqual([['a', 'b=c']]);
    expect(parseParams('', 'query')).toEqual([]);
  });
});

describe('parseJsonParams', () => {
  it('reads the members of a JSON object', () => {
    expect(parseJsonParams('{"appid":"A","n":1,"x":null}')?.map((p) => [p.name, p.value])).toEqual([
      ['appid', 'A'],
      ['n', '1'],
      ['x', ''],
    ]);
  });
  it('refuses anything else', () => {
    expect(parseJsonParams('[1,2]')).toBeUndefined();
    expect(parseJsonParams('{"a":')).toBeUndefined();
    expect(parseJsonParams('"text"')).toBeUndefined();
  });
});
