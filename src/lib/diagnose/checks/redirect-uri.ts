/**
 * `redirect_uri` is an absolute URL, encoded exactly once, with nothing of it
 * leaking into the surrounding request: a raw `?` or `&` in it cuts it short
 * and turns its own parameters into parameters of the request.
 */
import { consequenceFor, guide, type Check, type Finding } from '../finding';
import { sentParams } from '../request';

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
  label: 'redirect_uri 是完整地址，只编码一次，没有未编码的 ?、& 或空格',
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
        `\`redirect_uri\` 被编码了两次：\`${doubled[0]}\` 解码一次后还是 \`%${doubled[0].slice(3)}\`，与登记的地址对不上。`,
        param.raw,
        '只对原始地址编码一次，例如 `encodeURIComponent("https://app.example.com/wps/callback")`；不要对已编码的值或整条授权链接再编码。',
      );
    }
    const decoded = param.value;
    if (!/^https?:\/\/[^/?#\s]+/i.test(decoded.trim()) && !/^https?%3A/i.test(decoded)) {
      add(
        '`redirect_uri` 不是带协议头的完整地址。回调地址要写完整 URL（如 `https://app.example.com/wps/callback`），不能只写域名或相对路径。',
        param.raw,
        '使用与控制台登记值完全相同的完整地址，包括 `https://`。',
        guide('redirect-uri', 'configure'),
      );
    }
    if (/\s/.test(decoded)) {
      const space = /\+|%20|%09|\s/.exec(param.rawValue)?.[0] ?? ' ';
      add(
        `\`redirect_uri\` 里有空白（\`${space === ' ' ? '空格' : space}\`），通常是复制时带进了空格或换行。`,
        param.raw,
        '去掉地址首尾和中间的空白，再编码。',
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
          ? `\`redirect_uri\` 自带的查询串没有编码：\`${swallowed.map((p) => p.raw).join('&')}\` 被当成了这个请求自己的参数，回调地址在 \`&\` 处被截断。`
          : '`redirect_uri` 里有未编码的 `?`，它后面如果还有 `&`，那一段就会被当成这个请求自己的参数。',
        swallowed.length > 0 ? `${param.raw}&${swallowed.map((p) => p.raw).join('&')}` : param.raw,
        '对整个回调地址做 URL 编码（`?` → `%3F`，`&` → `%26`，`=` → `%3D`）。',
      );
    } else if (
      findings.length === 0 &&
      (endpoint.id === 'old-authorize' || endpoint.id === 'new-authorize') &&
      /[:/]/.test(param.rawValue)
    ) {
      findings.push({
        check: 'redirect-uri',
        severity: 'warning',
        title: '`redirect_uri` 没有做 URL 编码。WPS 365 文档要求传编码后的值；地址里一旦有 `?`、`&` 或 `#` 就会出错。',
        fragment: param.raw,
        fix: `传 \`${encodeURIComponent(decoded)}\`（用 \`encodeURIComponent\` 或标准库的编码函数生成）。`,
        consequence,
        guide: guide('redirect-uri', 'rules'),
      });
    }
    return findings;
  },
};
