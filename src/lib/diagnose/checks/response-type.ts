/** Authorize links ask for `response_type=code`, the only value WPS documents. */
import { consequenceFor, guide, type Check } from '../finding';
import { sentParams } from '../request';
import { t } from '../text';

export const responseTypeCheck: Check = {
  id: 'response-type',
  label: t('checkResponseType.label'),
  guides: [guide('authorization-code', 'authorize'), guide('authorization-code', 'implicit-grant')],
  codes: [100000],
  appliesTo: (endpoint) => endpoint.id === 'old-authorize' || endpoint.id === 'new-authorize',
  run: ({ request, endpoint }) => {
    const param = sentParams(request).find((p) => p.name === 'response_type');
    if (!param || param.value === '' || param.value === 'code') return [];
    const implicit = param.value.toLowerCase() === 'token';
    return [
      {
        check: 'response-type',
        severity: 'error',
        title: implicit ? t('checkResponseType.implicitTitle') : t('checkResponseType.title', { value: param.value }),
        fragment: param.raw,
        fix: t('checkResponseType.fix'),
        // 100000 缺少参数response_type或response_type非法
        consequence: consequenceFor(endpoint.generation, {
          oldCode: 100000,
          standardError: 'unsupported_response_type',
        }),
        guide: implicit ? guide('authorization-code', 'implicit-grant') : guide('authorization-code', 'authorize'),
      },
    ];
  },
};
