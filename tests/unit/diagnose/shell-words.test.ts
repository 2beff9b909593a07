import { describe, expect, it } from 'vitest';
import { shellWords } from '../../../src/lib/diagnose/shell-words';

describe('shellWords', () => {
  it('splits on whitespace and honours quotes', () => {
    expect(shellWords(`curl -d 'a=1&b=2' -H "X: \\"q\\"" plain`)).toEqual([
      'curl',
      '-d',
      'a=1&b=2',
      '-H',
      'X: "q"',
      'plain',
    ]);
  });
  it('joins backslash, caret and backtick line continuations', () => {
    expect(shellWords('curl \\\n  -X POST \\\r\n  url')).toEqual(['curl', '-X', 'POST', 'url']);
    expect(shellWords('curl ^\n -X POST')).toEqual(['curl', '-X', 'POST']);
    expect(shellWords('curl `\n -X POST')).toEqual(['curl', '-X', 'POST']);
  });
  it('keeps empty quoted words and survives an unterminated quote', () => {
    expect(shellWords(`a '' b`)).toEqual(['a', '', 'b']);
    expect(shellWords(`a 'unterminated`)).toEqual(['a', 'unterminated']);
    expect(shellWords(`a "unterminated`)).toEqual(['a', 'unterminated']);
  });
});
