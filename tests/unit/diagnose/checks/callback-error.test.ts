import { describe, expect, it } from 'vitest';
import { CORRECT, findings } from '../helpers';

describe('callback-error check', () => {
  it('explains error=access_denied with its standard name', () => {
    const [f] = findings(
      'https://app.example.com/wps/callback?error=access_denied&error_description=user%20denied&state=8f3c1e0a9b2d',
      'callback-error',
    );
    expect(f).toMatchObject({ fragment: 'error=access_denied', consequence: { standardError: 'access_denied' } });
    expect(f.title).toContain('user denied');
  });
  it('claims no standard name for a non-standard error value', () => {
    expect(
      findings('https://app.example.com/cb?error=NotCompanyUser&state=8f3c1e0a9b2d', 'callback-error')[0].consequence,
    ).toEqual({});
  });
  it('passes a callback with a code', () => {
    expect(findings(CORRECT.callback, 'callback-error')).toEqual([]);
  });
});
