/** The HTTP method the endpoint requires (only when the paste states one: raw HTTP or curl). */
import { consequenceFor, guide, type Check } from '../finding';
import { t } from '../text';

export const methodCheck: Check = {
  id: 'method',
  label: t('checkMethod.label'),
  guides: [guide('app-credentials', 'request-format')],
  codes: [100012, 100029],
  appliesTo: (endpoint) => endpoint.id !== 'callback',
  run: ({ request, endpoint }) => {
    if (request.method === undefined || request.method === endpoint.method) return [];
    const toPost = endpoint.method === 'POST';
    return [
      {
        check: 'method',
        severity: 'error',
        title: t('checkMethod.title', { endpoint: endpoint.label, expected: endpoint.method, actual: request.method }),
        fragment: `${request.method} ${request.path}`,
        fix: toPost
          ? t('checkMethod.fixPost', {
              place: t(endpoint.place === 'form' ? 'checkMethod.placeForm' : 'checkMethod.placeJson'),
            })
          : t('checkMethod.fixGet'),
        // 100012 HTTP请求非post方式; 100029 错误的http请求. RFC 6749 §3.2: the token endpoint MUST use POST.
        consequence: consequenceFor(endpoint.generation, {
          oldCode: toPost ? 100012 : 100029,
          standardError: 'invalid_request',
        }),
        guide: guide('app-credentials', 'request-format'),
      },
    ];
  },
};
