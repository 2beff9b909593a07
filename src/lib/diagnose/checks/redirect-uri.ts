/**
 * `redirect_uri` is an absolute URL, encoded exactly once, with nothing of it
 * leaking into the surrounding request: a raw `?` or `&` in it cuts it short
 * and turns its own parameters into parameters of the request.
 */
import { consequenceFor, guide, type Check, type Finding } from '../finding';
import { sentParams } from '../request';
import { t } from '../text';

const KNOWN_PARAMS = new Set([
  'response_type',
  'appid',
  'client_id',
  'redirect_uri',
  'scope',
  'state',
  'appkey',
  'client_secret',
  'code',
  'grant_type',
  'refresh_token',
  'login_type',
  'prompt',
  'lang',
]);

export const redirectUriCheck: Check = {
  id: 'redirect-uri',
  label: t('checkRedirectUri.label'),
  guides: [
    guide('redirect-uri', 'common-problems'),
    guide('redirect-uri', 'configure'),
    guide('redirect-uri', 'rules'),
  ],
  codes: [100010],
  appliesTo: (endpoint) => endpoint.id !== 'callback',
  run: ({ request, endpoint }) => {
    const params = sentParams(request);
    const param = params.find((p) => p.name === 'redirect_uri');
    if (!param || param.value === '') return [];
    const findings: Finding[] = [];
    const consequence = consequenceFor(endpoint.generation, { oldCode: 100010, standardError: 'invalid_request' });
    const problems = guide('redirect-uri', 'common-problems');
    const add = (title: string, fragment: string, fix: string, g = problems) =>
      findings.push({ check: 'redirect-uri', severity: 'error', title, fragment, fix, consequence, guide: g });

    const doubled = /%25[0-9A-Fa-f]{2}/.exec(param.rawValue);
    if (doubled) {
      add(
        t('checkRedirectUri.doubleTitle', { encoded: doubled[0], once: doubled[0].slice(3) }),
        param.raw,
        t('checkRedirectUri.doubleFix'),
      );
    }
    const decoded = param.value;
    if (!/^https?:\/\/[^/?#\s]+/i.test(decoded.trim()) && !/^https?%3A/i.test(decoded)) {
      add(
        t('checkRedirectUri.notAbsoluteTitle'),
        param.raw,
        t('checkRedirectUri.notAbsoluteFix'),
        guide('redirect-uri', 'configure'),
      );
    }
    if (/\s/.test(decoded)) {
      const space = /\+|%20|%09|\s/.exec(param.rawValue)?.[0] ?? ' ';
      add(
        t('checkRedirectUri.spaceTitle', { space: space === ' ' ? t('checkRedirectUri.space') : space }),
        param.raw,
        t('checkRedirectUri.spaceFix'),
      );
    }
    // A raw `?` in the value means its own query was not encoded: what follows its `&` became separate parameters.
    const ownQuery = param.rawValue.indexOf('?');
    if (ownQuery !== -1) {
      const index = params.indexOf(param);
      const swallowed = params
        .slice(index + 1)
        .filter((p) => p.location === param.location && !KNOWN_PARAMS.has(p.name));
      add(
        swallowed.length > 0
          ? t('checkRedirectUri.swallowedTitle', { params: swallowed.map((p) => p.raw).join('&') })
          : t('checkRedirectUri.ownQueryTitle'),
        swallowed.length > 0 ? `${param.raw}&${swallowed.map((p) => p.raw).join('&')}` : param.raw,
        t('checkRedirectUri.ownQueryFix'),
      );
    } else if (
      findings.length === 0 &&
      (endpoint.id === 'old-authorize' || endpoint.id === 'new-authorize') &&
      /[:/]/.test(param.rawValue)
    ) {
      findings.push({
        check: 'redirect-uri',
        severity: 'warning',
        title: t('checkRedirectUri.unencodedTitle'),
        fragment: param.raw,
        fix: t('checkRedirectUri.unencodedFix', { encoded: encodeURIComponent(decoded) }),
        consequence,
        guide: guide('redirect-uri', 'rules'),
      });
    }
    return findings;
  },
};
