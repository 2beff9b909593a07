import { describe, expect, it } from 'vitest';
import { CATEGORIES, categoryOf } from '../../../src/lib/content/categories';

describe('categoryOf', () => {
  it.each([
    [0, 'success'],
    [100000, 'oauth'],
    [109999, 'oauth'],
    [110000, 'org'],
    [120013, 'files'],
    [130032, 'platform'],
    [139999, 'platform'],
  ])('%i is in %s', (code, slug) => {
    expect(categoryOf(code)?.slug).toBe(slug);
  });

  it.each([1, 99999, 140000, -1, 100014.5])('%d is in no category', (code) => {
    expect(categoryOf(code)).toBeUndefined();
  });

  it('has ranges that do not overlap and slugs that are unique', () => {
    const ranges = CATEGORIES.flatMap((c) => (c.range ? [c.range] : [])).sort((a, b) => a[0] - b[0]);
    ranges.slice(1).forEach((range, i) => expect(range[0]).toBeGreaterThan(ranges[i][1]));
    expect(new Set(CATEGORIES.map((c) => c.slug)).size).toBe(CATEGORIES.length);
  });
});
