/** Several scopes are separated by an ASCII comma, on both generations. */
import { consequenceFor, guide, type Check } from '../finding';
import { sentParams } from '../request';
import { t } from '../text';

/**
 * Separators people use instead of `,`, with how to name them. `+` and spaces
 * are told apart in the text as typed (both decode to a space); the others in
 * the decoded value, so `%EF%BC%8C` is caught as well as `，`.
 */
const WRONG_SEPARATORS: { pattern: RegExp; name: string; asTyped?: boolean }[] = [
  { pattern: /\+/, name: t('checkScope.plus'), asTyped: true },
  { pattern: /%20|\s/, name: t('checkScope.space'), asTyped: true },
  { pattern: /，/, name: t('checkScope.fullWidthComma') },
  { pattern: /、/, name: t('checkScope.enumerationComma') },
  { pattern: /[;；]/, name: t('checkScope.semicolon') },
  { pattern: /\|/, name: t('checkScope.bar') },
];

export const scopeCheck: Check = {
  id: 'scope',
  label: t('checkScope.label'),
  guides: [guide('scopes-and-publishing', 'scopes')],
  codes: [130032],
  appliesTo: (endpoint) => endpoint.id === 'old-authorize' || endpoint.id === 'new-authorize',
  run: ({ request, endpoint }) => {
    const param = sentParams(request).find((p) => p.name === 'scope');
    if (!param || param.value.trim() === '') return [];
    const found = WRONG_SEPARATORS.filter(({ pattern, asTyped }) =>
      pattern.test(asTyped ? param.rawValue : param.value),
    );
    if (found.length === 0) return [];
    const names = param.value.split(/[\s,，、;；|]+/).filter(Boolean);
    return [
      {
        check: 'scope',
        severity: 'error',
        title: t('checkScope.title', {
          separators: found.map(({ name }) => name).join(t('checks.listSeparator')),
        }),
        fragment: param.raw,
        fix: t('checkScope.fix', { scope: names.join(',') }),
        // 130032 错误的scope (our reading); RFC 6749 §4.1.2.1 invalid_scope.
        consequence: consequenceFor(endpoint.generation, { oldCode: 130032, standardError: 'invalid_scope' }),
        guide: guide('scopes-and-publishing', 'scopes'),
      },
    ];
  },
};
