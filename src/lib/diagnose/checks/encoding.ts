/**
 * Parameters sit where the endpoint reads them: the query string for the
 * authorize links and the old code exchange, a JSON body for the old refresh
 * (as the public SDK sends it), a form-encoded body for `/oauth2/token`. Only
 * the WPS 365 documentation states a rule; on the old endpoints the public SDK
 * shows one way that works, so a different place is a warning worded as such.
 */
import { consequenceFor, guide, type Check, type Finding } from '../finding';
import { headerValue } from '../request';
import { t } from '../text';

const PLACE_LABEL = {
  query: t('checkEncoding.placeQuery'),
  json: t('checkEncoding.placeJson'),
  form: t('checkEncoding.placeForm'),
};

export const encodingCheck: Check = {
  id: 'encoding',
  label: t('checkEncoding.label'),
  guides: [guide('app-credentials', 'request-format'), guide('token-refresh', 'refresh')],
  codes: [100029],
  appliesTo: (endpoint) => endpoint.id !== 'callback',
  run: ({ request, endpoint }) => {
    const findings: Finding[] = [];
    const where = PLACE_LABEL[endpoint.place];
    const consequence = consequenceFor(endpoint.generation, { oldCode: 100029, standardError: 'invalid_request' });
    const requestFormat = guide('app-credentials', 'request-format');
    const body = request.body;

    // The old endpoints' only source is an SDK: what it does is not a rule of the endpoint.
    const documented = endpoint.generation === 'new';
    if (endpoint.place !== 'query' && request.query.length > 0) {
      const secret = request.query.find((p) => p.name === 'client_secret' || p.name === 'appkey');
      findings.push({
        check: 'encoding',
        severity: documented ? 'error' : 'warning',
        title: t(documented ? 'checkEncoding.inQueryTitle' : 'checkEncoding.inQuerySdkTitle', {
          place: where,
          secret: secret ? t('checkEncoding.secretInQuery', { name: secret.name }) : '',
        }),
        fragment: `?${request.query.map((p) => p.raw).join('&')}`,
        fix: t('checkEncoding.inQueryFix', { place: where }),
        consequence,
        guide: requestFormat,
      });
    }
    if (endpoint.place === 'query' && body && body.raw.trim() !== '') {
      findings.push({
        check: 'encoding',
        severity: 'warning',
        title: t('checkEncoding.bodyIgnoredTitle', {
          basis: t(documented ? 'checkEncoding.basisDocs' : 'checkEncoding.basisSdk'),
        }),
        fragment: body.raw.slice(0, 200),
        fix: t('checkEncoding.bodyIgnoredFix'),
        consequence,
        guide: requestFormat,
      });
    }
    if (endpoint.place === 'form' && body) {
      const declared = headerValue(request, 'content-type');
      if (body.encoding === 'json' || body.encoding === 'multipart') {
        findings.push({
          check: 'encoding',
          severity: 'error',
          title: t('checkEncoding.notFormTitle', {
            encoding: body.encoding === 'json' ? 'JSON' : 'multipart/form-data',
          }),
          fragment: declared ? `Content-Type: ${declared}` : body.raw.slice(0, 200),
          fix: t('checkEncoding.notFormFix'),
          consequence,
          guide: requestFormat,
        });
      } else if (request.form === 'http' && declared === undefined) {
        findings.push({
          check: 'encoding',
          severity: 'warning',
          title: t('checkEncoding.noContentTypeTitle'),
          fragment: body.raw.slice(0, 200),
          fix: t('checkEncoding.noContentTypeFix'),
          consequence,
          guide: requestFormat,
        });
      }
    }
    if (endpoint.place === 'json' && body && body.encoding !== 'json') {
      findings.push({
        check: 'encoding',
        severity: 'warning',
        title: t('checkEncoding.notJsonTitle'),
        fragment: body.raw.slice(0, 200),
        fix: t('checkEncoding.notJsonFix'),
        consequence,
        guide: guide('token-refresh', 'refresh'),
      });
    }
    return findings;
  },
};
