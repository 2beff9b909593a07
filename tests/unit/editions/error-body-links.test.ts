import { describe, expect, it } from 'vitest';
import { oauthErrorExample, problemDetailsExample } from '../../../src/lib/editions/error-body-links';

const PAGE = 'https://errors.example.com/errors/100050/';

const bodyOf = (example: string) => JSON.parse(example.slice(example.indexOf('\n\n') + 2)) as unknown;

describe('problemDetailsExample', () => {
  it('is an RFC 9457 body whose type is the page', () => {
    const { example, field, standardUrl } = problemDetailsExample(PAGE, 100050, '无效的refresh_token');
    expect(example.split('\n')[0]).toBe('Content-Type: application/problem+json');
    expect(bodyOf(example)).toEqual({ type: PAGE, title: '无效的refresh_token', result: 100050 });
    expect(field).toBe('type');
    expect(standardUrl).toBe('https://www.rfc-editor.org/rfc/rfc9457#section-3.1.1');
  });
});

describe('oauthErrorExample', () => {
  it('a token-endpoint error (RFC 6749 §5.2) is a JSON body with error_uri', () => {
    const { example, standard } = oauthErrorExample(PAGE, 'invalid_grant');
    expect(standard).toBe('RFC 6749 §5.2');
    expect(example.split('\n')[0]).toBe('Content-Type: application/json');
    expect(bodyOf(example)).toEqual({ error: 'invalid_grant', error_uri: PAGE });
  });

  it('an authorization-endpoint error (§4.1.2.1) is a redirect with error_uri encoded in the query', () => {
    const { example, standard } = oauthErrorExample(PAGE, 'access_denied');
    expect(standard).toBe('RFC 6749 §4.1.2.1');
    expect(example).toBe(
      'Location: https://client.example.com/callback?error=access_denied' +
        '&error_uri=https%3A%2F%2Ferrors.example.com%2Ferrors%2F100050%2F&state=xyz',
    );
  });

  it('a resource-server error (RFC 6750) is a WWW-Authenticate challenge', () => {
    const { example, standard } = oauthErrorExample(PAGE, 'invalid_token');
    expect(standard).toBe('RFC 6750 §3.1');
    expect(example).toBe(`WWW-Authenticate: Bearer error="invalid_token",\n    error_uri="${PAGE}"`);
  });
});
