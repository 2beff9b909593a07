import { describe, expect, it } from 'vitest';
import { publicHttpHost } from '../../../../src/lib/diagnose/checks/redirect-https';
import { CORRECT, findings } from '../helpers';

describe('redirect-https check', () => {
  it('flags http:// on a public host, in an authorize link and on a callback', () => {
    const [f] = findings(CORRECT.newAuthorize.replace('https%3A', 'http%3A'), 'redirect-https');
    expect(f).toMatchObject({ severity: 'warning', consequence: { standardError: 'invalid_request' } });
    expect(findings('http://app.example.com/cb?code=C&state=8f3c1e0a9b2d', 'redirect-https')[0].fragment).toBe(
      'http://app.example.com',
    );
  });
  it('leaves local development hosts alone', () => {
    for (const url of [
      'http://localhost:8080/cb',
      'http://127.0.0.1/cb',
      'http://192.168.1.5/cb',
      'http://10.0.0.2/cb',
      'http://172.20.1.1/cb',
      'http://[::1]/cb',
      'http://dev.local/cb',
      'http://intranet/cb',
    ]) {
      expect(publicHttpHost(url), url).toBeUndefined();
    }
    expect(publicHttpHost('http://172.32.0.1/cb')).toBe('172.32.0.1');
    expect(publicHttpHost('https://app.example.com/cb')).toBeUndefined();
  });
  it('passes https callbacks', () => {
    for (const input of Object.values(CORRECT)) expect(findings(input, 'redirect-https')).toEqual([]);
  });
});
