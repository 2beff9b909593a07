import { describe, expect, it } from 'vitest';
import { familyOf } from '../../../src/lib/search/code-families';

describe('familyOf', () => {
  it('recognises the global ranges, documented or not', () => {
    expect(familyOf(100014).id).toBe('global');
    expect(familyOf(100040).id).toBe('global');
    expect(familyOf(0).id).toBe('global');
  });

  it('recognises WebOffice callback codes and names them', () => {
    expect(familyOf(40002)).toMatchObject({ id: 'weboffice-callback', knownName: 'InvalidToken' });
    expect(familyOf(50001)).toMatchObject({ id: 'weboffice-callback', knownName: 'InternalError' });
    expect(familyOf(40011).id).toBe('unknown');
  });

  it('recognises the two 8-digit WPS 365 codes public notes show', () => {
    expect(familyOf(40000001)).toMatchObject({ id: 'wps365-oauth', knownName: 'invalid_request' });
    expect(familyOf(40000005)).toMatchObject({ id: 'wps365-oauth', knownName: 'invalid_scope' });
    expect(familyOf(40000001).name).not.toContain('可能');
  });

  it('calls any other 8-digit number only possibly a WPS 365 code', () => {
    const family = familyOf(40000099);
    expect(family.id).toBe('wps365-oauth');
    expect(family.knownName).toBeUndefined();
    expect(family.name).toMatch(/^可能是/);
    expect(family.explanation).toContain('无法确认');
  });

  it('calls anything else unknown', () => {
    expect(familyOf(42).id).toBe('unknown');
    expect(familyOf(140000).id).toBe('unknown');
    expect(familyOf(123456789).id).toBe('unknown');
  });
});
