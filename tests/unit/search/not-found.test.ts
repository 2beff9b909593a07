import { describe, expect, it } from 'vitest';
import { adviceForNumber, codeFromPath, notFoundAnswer } from '../../../src/lib/search/not-found';

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

describe('notFoundAnswer', () => {
  const isDocumented = (code: number) => [0, 100014, 120009].includes(code);

  it.each([
    ['/errors/100014.html', ''],
    ['/errors/0100014/', ''],
    ['/errors/%EF%BC%91%EF%BC%90%EF%BC%90%EF%BC%90%EF%BC%91%EF%BC%94/', ''],
    ['/100014.html', ''],
    ['/wps-errors/errors/000100014.htm', ''],
    ['/no/such', '?code=100014'],
    ['/no/such', '?code=%EF%BC%91%EF%BC%90%EF%BC%90%EF%BC%90%EF%BC%91%EF%BC%94'],
    ['/no/such', '?code=%7B%22result%22%3A100014%7D'],
    ['/errors/130000/', '?code=100014'],
  ])('%s%s is documented code 100014', (path, search) => {
    expect(notFoundAnswer(path, search, isDocumented)).toEqual({ kind: 'documented', code: 100014 });
  });

  it('reads /errors/00/ as the success code 0', () => {
    expect(notFoundAnswer('/errors/00/', '', isDocumented)).toEqual({ kind: 'documented', code: 0 });
  });

  it('reports an undocumented number as such', () => {
    expect(notFoundAnswer('/errors/100040/', '', isDocumented)).toEqual({ kind: 'undocumented', code: 100040 });
    expect(notFoundAnswer('/x', '?code=100040', isDocumented)).toEqual({ kind: 'undocumented', code: 100040 });
  });

  it('falls back to the path when the query holds no code', () => {
    expect(notFoundAnswer('/errors/0120009/', '?code=hello', isDocumented)).toEqual({
      kind: 'documented',
      code: 120009,
    });
  });

  it.each([
    ['/no/such/page/', ''],
    ['/errors/%E0%A4%A/', ''],
    ['/errors/<script>alert(1)</script>/', '?code=<meta http-equiv=refresh content=0;url=//evil.example>'],
    ['/errors/javascript:alert(1)', ''],
  ])('%s%s names no code', (path, search) => {
    expect(notFoundAnswer(path, search, isDocumented)).toEqual({ kind: 'none' });
  });
});
