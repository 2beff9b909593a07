import { describe, expect, it } from 'vitest';
import { isCurlCommand, parseCurl } from '../../../src/lib/diagnose/curl';

describe('parseCurl', () => {
  it('recognises curl commands only', () => {
    expect(isCurlCommand('  curl https://x')).toBe(true);
    expect(isCurlCommand('curl.exe -X POST x')).toBe(true);
    expect(isCurlCommand('curly braces')).toBe(false);
  });
  it('uses GET without data and POST with data', () => {
    expect(parseCurl('curl https://h/p?a=1')).toMatchObject({ method: 'GET', url: 'https://h/p?a=1', body: undefined });
    expect(parseCurl('curl https://h/p -d a=1 -d b=2')).toMatchObject({
      method: 'POST',
      body: 'a=1&b=2',
      bodyKind: 'data',
    });
  });
  it('lets -X win, also attached as -XPOST, and reads --url', () => {
    expect(parseCurl('curl -XPUT --url https://h/p').method).toBe('PUT');
    expect(parseCurl('curl --request get https://h/p').method).toBe('GET');
    expect(parseCurl('curl -o out.json --url https://h/p').url).toBe('https://h/p');
  });
  it('encodes --data-urlencode the way curl does', () => {
    expect(parseCurl('curl h --data-urlencode "redirect_uri=https://a.example/cb?x=1"').body).toBe(
      'redirect_uri=https%3A%2F%2Fa.example%2Fcb%3Fx%3D1',
    );
    expect(parseCurl('curl h --data-urlencode "=a b"').body).toBe('a%20b');
  });
  it('moves data to the query with -G', () => {
    expect(parseCurl('curl -G https://h/p?x=1 -d a=1 -d b=2')).toMatchObject({
      method: 'GET',
      url: 'https://h/p?x=1&a=1&b=2',
      body: undefined,
    });
  });
  it('reads headers, --json, -F and -u', () => {
    const json = parseCurl(`curl h --json '{"a":1}'`);
    expect(json).toMatchObject({
      method: 'POST',
      bodyKind: 'json',
      headers: [{ name: 'Content-Type', value: 'application/json' }],
    });
    expect(parseCurl('curl h -F a=1').bodyKind).toBe('multipart');
    expect(parseCurl('curl h -H "Content-Type: text/plain"').headers).toEqual([
      { name: 'Content-Type', value: 'text/plain' },
    ]);
    expect(parseCurl('curl -u id:secret h').basicAuth).toBe('id:secret');
  });
});
