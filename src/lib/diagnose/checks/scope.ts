/** Several scopes are separated by an ASCII comma, on both generations. */
import { consequenceFor, guide, type Check } from '../finding';
import { sentParams } from '../request';

/**
 * Separators people use instead of `,`, with how to name them. `+` and spaces
 * are told apart in the text as typed (both decode to a space); the others in
 * the decoded value, so `%EF%BC%8C` is caught as well as `，`.
 */
const WRONG_SEPARATORS: { pattern: RegExp; name: string; asTyped?: boolean }[] = [
  { pattern: /\+/, name: '`+`（在查询串里表示空格）', asTyped: true },
  { pattern: /%20|\s/, name: '空格', asTyped: true },
  { pattern: /，/, name: '全角逗号 `，`' },
  { pattern: /、/, name: '顿号 `、`' },
  { pattern: /[;；]/, name: '分号' },
  { pattern: /\|/, name: '竖线 `|`' },
];

export const scopeCheck: Check = {
  id: 'scope',
  label: 'scope 用英文逗号分隔',
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
        title: `多个 scope 之间用了${found.map(({ name }) => name).join('、')}，应该用英文逗号 \`,\`；否则整串通常会被当作一个不存在的权限名。`,
        fragment: param.raw,
        fix: `改为 \`scope=${names.join(',')}\`。`,
        // 130032 错误的scope (our reading); RFC 6749 §4.1.2.1 invalid_scope.
        consequence: consequenceFor(endpoint.generation, { oldCode: 130032, standardError: 'invalid_scope' }),
        guide: guide('scopes-and-publishing', 'scopes'),
      },
    ];
  },
};
