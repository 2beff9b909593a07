/** Every `%` starts a complete, UTF-8 percent sequence. */
import { guide, type Check } from '../finding';

export const percentEncodingCheck: Check = {
  id: 'percent-encoding',
  label: '百分号编码完整有效',
  guides: [guide('redirect-uri', 'rules')],
  codes: [],
  appliesTo: () => true,
  run: ({ request }) =>
    [...request.query, ...request.fragmentParams, ...(request.body?.params ?? [])]
      .filter((p) => p.malformed)
      .map((p) => ({
        check: 'percent-encoding',
        severity: 'error' as const,
        title: `\`${p.name}\` 的编码不完整：有 \`%\` 后面不是两位十六进制数，或字节不能组成 UTF-8 字符，可能是复制时被截断或手工拼接出错。`,
        fragment: p.raw,
        fix: '用标准库的编码函数（如 `encodeURIComponent`）重新生成这个值，不要手工拼接或截断。',
        consequence: {},
        guide: guide('redirect-uri', 'rules'),
      })),
};
