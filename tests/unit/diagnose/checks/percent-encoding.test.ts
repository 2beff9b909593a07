import { describe, expect, it } from 'vitest';
import { CORRECT, findings } from '../helpers';

describe('percent-encoding check', () => {
  it('flags a lone %, a non-hex escape and a cut UTF-8 sequence', () => {
    expect(
      findings(CORRECT.newAuthorize.replace('state=8f3c1e0a9b2d4c6e', 'state=50%off'), 'percent-encoding'),
    ).toHaveLength(1);
    expect(findings(CORRECT.newAuthorize.replace('%2Fwps', '%zzwps'), 'percent-encoding')[0].fragment).toContain('%zz');
    expect(findings(CORRECT.newAuthorize.replace('kso.user_base.read', 'kso%E4%BD'), 'percent-encoding')).toHaveLength(
      1,
    );
  });
  it('passes valid encoding, including multi-byte characters', () => {
    expect(
      findings(
        CORRECT.newAuthorize.replace('state=8f3c1e0a9b2d4c6e', 'state=%E4%BD%A0%E5%A5%BD8f3c1e0a'),
        'percent-encoding',
      ),
    ).toEqual([]);
    for (const input of Object.values(CORRECT)) expect(findings(input, 'percent-encoding')).toEqual([]);
  });
});
