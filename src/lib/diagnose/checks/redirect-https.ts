/**
 * A callback on a public host is served over HTTPS. RFC 6749 §3.1.2.1 asks
 * for TLS on the redirect endpoint; a local development address is exempt.
 */
import { consequenceFor, guide, type Check } from '../finding';
import { sentParams } from '../request';
import { t } from '../text';

const LOCAL_HOST =
  /^(?:localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[::1\]|10(?:\.\d{1,3}){3}|192\.168(?:\.\d{1,3}){2}|172\.(?:1[6-9]|2\d|3[01])(?:\.\d{1,3}){2}|[^.]+|.+\.(?:local|localhost|test|internal|lan))$/i;

/** The host of an http:// URL that is reachable from the internet, or undefined. */
export function publicHttpHost(url: string): string | undefined {
  const match = /^http:\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^:/?#]+)/i.exec(url.trim());
  if (!match) return undefined;
  return LOCAL_HOST.test(match[1]) ? undefined : match[1];
}

export const redirectHttpsCheck: Check = {
  id: 'redirect-https',
  label: t('checkRedirectHttps.label'),
  guides: [guide('redirect-uri', 'common-problems')],
  codes: [100010],
  appliesTo: () => true,
  run: ({ request, endpoint }) => {
    const param = sentParams(request).find((p) => p.name === 'redirect_uri');
    const url = endpoint.id === 'callback' ? `${request.scheme}://${request.host}` : param?.value;
    const host = url && publicHttpHost(url);
    if (!host) return [];
    return [
      {
        check: 'redirect-https',
        severity: 'warning',
        title: t('checkRedirectHttps.title', { host }),
        fragment: endpoint.id === 'callback' ? `http://${host}` : param!.raw,
        fix: t('checkRedirectHttps.fix'),
        consequence: consequenceFor(endpoint.generation, { oldCode: 100010, standardError: 'invalid_request' }),
        guide: guide('redirect-uri', 'common-problems'),
      },
    ];
  },
};
