import { describe, expect, it } from 'vitest';
import { pastDate, todayIso } from '../../../src/lib/content/calendar-date';

const reviewed = pastDate('the review date');

describe('pastDate', () => {
  it('accepts a past or present date, as text or as the Date a YAML reader makes of it', () => {
    expect(reviewed.parse('2026-12-03')).toBe('2026-12-03');
    expect(reviewed.parse(new Date('2026-12-03T00:00:00Z'))).toBe('2026-12-03');
    expect(reviewed.parse(todayIso())).toBe(todayIso());
  });

  it.each([
    ['a date in another form', '03/12/2026', 'must be a date written YYYY-MM-DD (the review date)'],
    ['a day that does not exist', '2026-02-30', 'must be a date written YYYY-MM-DD'],
    ['a number', 20261203, 'must be a date written YYYY-MM-DD'],
    ['a date after today', '2999-01-01', '2999-01-01 is in the future; the review date cannot be after today'],
  ])('refuses %s', (_, value, message) => {
    const result = reviewed.safeParse(value);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message).join('\n')).toContain(message);
  });
});
