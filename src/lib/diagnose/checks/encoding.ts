/**
 * Parameters sit where the endpoint reads them: the query string for the
 * authorize links and the old code exchange, a JSON body for the old refresh
 * (as the public SDK sends it), a form-encoded body for `/oauth2/token`.
 */
import { consequenceFor, guide, type Check, type Finding } from '../finding';
import { headerValue } from '../request';

const PLACE_LABEL = {
  query: '查询串',
  json: 'JSON 请求体',
  form: '表单编码（application/x-www-form-urlencoded）的请求体',
};

export const encodingCheck: Check = {
  id: 'encoding',
  label: '参数位置与请求体编码（查询串、表单或 JSON）',
  guides: [guide('app-credentials', 'request-format'), guide('token-refresh', 'refresh')],
  codes: [100029],
  appliesTo: (endpoint) => endpoint.id !== 'callback',
  run: ({ request, endpoint }) => {
    const findings: Finding[] = [];
    const where = PLACE_LABEL[endpoint.place];
    const consequence = consequenceFor(endpoint.generation, { oldCode: 100029, standardError: 'invalid_request' });
    const requestFormat = guide('app-credentials', 'request-format');
    const body = request.body;

    if (endpoint.place !== 'query' && request.query.length > 0) {
      const secret = request.query.find((p) => p.name === 'client_secret' || p.name === 'appkey');
      findings.push({
        check: 'encoding',
        severity: 'error',
        title: `参数放在了 URL 查询串里，这个接口要求放在${where}中。${secret ? `密钥 \`${secret.name}\` 出现在 URL 里，还可能被网关和日志记录。` : ''}`,
        fragment: `?${request.query.map((p) => p.raw).join('&')}`,
        fix: `把参数从 URL 移到${where}。`,
        consequence,
        guide: requestFormat,
      });
    }
    if (endpoint.place === 'query' && body && body.raw.trim() !== '') {
      findings.push({
        check: 'encoding',
        severity: 'error',
        title: '这个接口从查询串读取参数，请求体里的参数不会被读取。',
        fragment: body.raw.slice(0, 200),
        fix: '把参数放进 URL 的查询串，并对每个值做 URL 编码。',
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
          title: `请求体是 ${body.encoding === 'json' ? 'JSON' : 'multipart/form-data'}，\`/oauth2/token\` 要求表单编码（application/x-www-form-urlencoded）。`,
          fragment: declared ? `Content-Type: ${declared}` : body.raw.slice(0, 200),
          fix: '发送 `grant_type=…&client_id=…` 形式的表单，并设置 `Content-Type: application/x-www-form-urlencoded`（curl 用 `--data-urlencode`）。',
          consequence,
          guide: requestFormat,
        });
      } else if (request.form === 'http' && declared === undefined) {
        findings.push({
          check: 'encoding',
          severity: 'warning',
          title: '请求没有 `Content-Type` 请求头，服务器可能不按表单解析请求体。',
          fragment: body.raw.slice(0, 200),
          fix: '加上 `Content-Type: application/x-www-form-urlencoded`。',
          consequence,
          guide: requestFormat,
        });
      }
    }
    if (endpoint.place === 'json' && body && body.encoding !== 'json') {
      findings.push({
        check: 'encoding',
        severity: 'warning',
        title: '旧版刷新接口的公开客户端示例以 JSON 请求体发送参数，这里用的是另一种编码。',
        fragment: body.raw.slice(0, 200),
        fix: '发送 `{"appid":"…","appkey":"…","refresh_token":"…"}`，并设置 `Content-Type: application/json`。',
        consequence,
        guide: guide('token-refresh', 'refresh'),
      });
    }
    return findings;
  },
};
