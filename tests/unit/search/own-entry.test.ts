import { describe, expect, it } from 'vitest';
import { ownEntry } from '../../../src/lib/search/own-entry';

describe('ownEntry', () => {
  const table: Record<string, string[]> = { token: ['令牌'] };

  it('returns the table’s own entries', () => {
    expect(ownEntry(table, 'token')).toEqual(['令牌']);
    expect(ownEntry(table, 'missing')).toBeUndefined();
  });

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf'])(
    'never answers %s from the prototype',
    (key) => expect(ownEntry(table, key)).toBeUndefined(),
  );
});
