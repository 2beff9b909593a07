/**
 * The plain text "copy for ticket" puts on the clipboard: what the request
 * is, its parameters and every finding, with secrets masked.
 */
import { paths } from '../urls';
import type { Diagnosis } from './diagnose';
import type { Finding } from './finding';
import { isSecretParam, MASK, maskSecrets } from './mask';
import { sentParams } from './request';

/** An absolute URL for a site path, so the ticket's links work outside the site. */
export type UrlFor = (path: string) => string;

const plain = (text: string) => text.replace(/`/g, '');

function findingLines(finding: Finding, index: number, urlFor: UrlFor): string[] {
  const lines = [
    `${index + 1}. [${finding.severity === 'error' ? '错误' : '提醒'}] ${plain(finding.title)}`,
    `   片段：${maskSecrets(finding.fragment)}`,
    `   修正：${maskSecrets(plain(finding.fix))}`,
  ];
  const c = finding.consequence;
  if (c.code !== undefined) lines.push(`   可能的全局错误码：${c.code}（${urlFor(paths.code(c.code))}）`);
  if (c.standardError) lines.push(`   对应的标准 OAuth 错误：${c.standardError}`);
  lines.push(`   指南：${urlFor(paths.guide(finding.guide.slug, finding.guide.section))}`);
  return lines;
}

export function diagnosisTicket(diagnosis: Diagnosis, urlFor: UrlFor): string {
  if (diagnosis.kind !== 'request') return '';
  const { request, endpoint, findings, checksRun } = diagnosis;
  const params = sentParams(request).map(
    (p) => `  ${p.name}=${isSecretParam(p.name) && p.value ? MASK : maskSecrets(p.value)}`,
  );
  return [
    '请求诊断（在浏览器本地完成；密钥、令牌和 code 已隐藏）',
    `接口：${endpoint.label}`,
    `请求：${request.method ?? '（未注明方法）'} ${request.host ?? ''}${request.path}`,
    ...(params.length ? ['参数：', ...params] : []),
    findings.length === 0 ? `没有发现问题。已检查：${checksRun.join('；')}。` : `发现 ${findings.length} 个问题：`,
    ...findings.flatMap((f, i) => findingLines(f, i, urlFor)),
    `诊断工具：${urlFor(paths.diagnose())}`,
  ].join('\n');
}
