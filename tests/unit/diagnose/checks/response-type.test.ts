import { describe, expect, it } from 'vitest';
import { CORRECT, findings } from '../helpers';

describe('response-type check', () => {
  it('flags token (implicit grant) and links the implicit-grant section', () => {
    const [f] = findings(CORRECT.oldAuthorize.replace('response_type=code', 'response_type=token'), 'response-type');
    expect(f).toMatchObject({
      consequence: { code: 100000 },
      guide: { slug: 'authorization-code', section: 'implicit-grant' },
    });
  });
  it('gives the new endpoint only unsupported_response_type', () => {
    const [f] = findings(CORRECT.newAuthorize.replace('response_type=code', 'response_type=Code'), 'response-type');
    expect(f.consequence).toEqual({ standardError: 'unsupported_response_type' });
  });
  it('passes response_type=code', () => {
    expect(findings(CORRECT.oldAuthorize, 'response-type')).toEqual([]);
    expect(findings(CORRECT.newAuthorize, 'response-type')).toEqual([]);
  });
});
