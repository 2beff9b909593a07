import { describe, expect, it } from 'vitest';
import { adviceForNumber, codeFromPath } from '../../src/lib/not-found';

const documented = [100000, 100031, 100050, 120010, 120012, 130001];

describe('adviceForNumber', () => {
  it('gives the nearest codes and the category for a gap in a global range', () => {
    const advice = adviceForNumber(100040, documented);
    expect(advice.family.id).toBe('global');
    expect(advice.category?.slug).toBe('oauth');
    expect(advice.neighbours).toEqual({ previous: 100031, next: 100050 });
  });

  it('names another family without inventing neighbours', () => {
    const advice = adviceForNumber(40004, documented);
    expect(advice.family).toMatchObject({ id: 'weboffice-callback', knownName: 'FileNotExist' });
    expect(advice.category).toBeUndefined();
    expect(advice.neighbours).toEqual({});
  });
});

describe('codeFromPath', () => {
  it.each([
    ['/errors/100040/', 100040],
    ['/errors/100040', 100040],
    ['/100040', 100040],
    ['/wps-errors/errors/100040/', 100040],
    ['/errors/100040.html', 100040],
    ['/errors/%EF%BC%91%EF%BC%90%EF%BC%90%EF%BC%90%EF%BC%94%EF%BC%90/', 100040],
  ])('%s → %i', (path, code) => {
    expect(codeFromPath(path)).toBe(code);
  });

  it.each(['/', '/guides/nope/', '/errors/abc/', '/2024/post/', '/errors/%E0%A4%A/', '/errors/1234567890/'])(
    '%s → undefined',
    (path) => {
      expect(codeFromPath(path)).toBeUndefined();
    },
  );
});
