import { describe, expect, it } from 'vitest';
import { escapeControls } from '../../../src/lib/diagnose/inert-text';

describe('escapeControls', () => {
  it('writes line breaks and tabs as escapes, so a value stays on its line', () => {
    expect(escapeControls('a\r\nb\nc\rd\te')).toBe('a\\r\\nb\\nc\\rd\\te');
    expect(escapeControls('x\u2028y\u2029z\u0085')).toBe('x\\u2028y\\u2029z\\u0085');
  });
  it('escapes every other C0 and C1 control, DEL and the bidi overrides', () => {
    expect(escapeControls('\u0000\u0007\u000b\u000c\u001b[31m\u007f\u0090\u202e\u2066')).toBe(
      '\\u0000\\u0007\\u000b\\u000c\\u001b[31m\\u007f\\u0090\\u202e\\u2066',
    );
  });
  it('leaves ordinary text, Chinese and emoji as they are', () => {
    const text = 'client_id=AK1 访问令牌 ✓ 😀 %0D%0A';
    expect(escapeControls(text)).toBe(text);
  });
});
