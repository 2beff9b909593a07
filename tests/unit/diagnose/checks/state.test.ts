import { describe, expect, it } from 'vitest';
import { CORRECT, findings } from '../helpers';

describe('state check', () => {
  it('warns when an authorize link or a callback has no state', () => {
    expect(findings(CORRECT.newAuthorize.replace('&state=8f3c1e0a9b2d4c6e', ''), 'state')[0]).toMatchObject({
      severity: 'warning',
      guide: { section: 'authorize' },
    });
    expect(findings('https://app.example.com/cb?code=C', 'state')[0].guide.section).toBe('callback');
  });
  it('warns on placeholder values copied from samples', () => {
    for (const value of ['STATE', 'state', '123', 'xyz']) {
      expect(
        findings(CORRECT.oldAuthorize.replace('state=8f3c1e0a9b2d4c6e', `state=${value}`), 'state'),
        value,
      ).toHaveLength(1);
    }
  });
  it('passes a random state', () => {
    expect(findings(CORRECT.oldAuthorize, 'state')).toEqual([]);
    expect(findings(CORRECT.callback, 'state')).toEqual([]);
  });
});
