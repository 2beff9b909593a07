import { describe, expect, it } from 'vitest';
import { apiStatusOf, hasWps365Marker, wps365StatusInText } from '../../../src/lib/search/wps365-api';

describe('apiStatusOf', () => {
  it('reads a 9-digit WPS 365 API code by its first three digits', () => {
    expect(apiStatusOf(403000001)).toMatchObject({
      status: 403,
      statusClass: { nearestCodes: [130004, 100031, 100030] },
    });
    expect(apiStatusOf(400000004)?.status).toBe(400);
    expect(apiStatusOf(404123456)?.statusClass.nearestCodes).toContain(100029);
  });

  it('is undefined for numbers that are not such codes', () => {
    for (const code of [403000, 40000001, 102795886, 999999999, 1403000001]) expect(apiStatusOf(code)).toBeUndefined();
  });
});

describe('wps365StatusInText', () => {
  it('reads an HTTP status beside a WPS 365 marker', () => {
    expect(wps365StatusInText('默认 app 身份会因无 `kso.file.readwrite` 报 403。')?.status).toBe(403);
    expect(wps365StatusInText('openapi.wps.cn returned status 429')?.status).toBe(429);
  });

  it('needs both the marker and the status', () => {
    expect(wps365StatusInText('api request failed with status 403')).toBeUndefined();
    expect(wps365StatusInText('scope kso.file.read is missing')).toBeUndefined();
    expect(hasWps365Marker('kso.drive_role.readwrite')).toBe(true);
    expect(hasWps365Marker('also.kso')).toBe(false);
  });
});
