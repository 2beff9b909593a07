/**
 * The plain text "copy for ticket" puts on the clipboard: what the request
 * is, its parameters and every finding, with secrets masked.
 */
import { paths } from '../site/urls';
import type { Diagnosis } from './diagnose';
import type { Finding } from './finding';
import { isSecretParam, MASK, maskSecrets } from './mask';
import { sentParams } from './request';
import { diagnoseText as t } from '../../i18n/diagnose';

/** An absolute URL for a site path, so the ticket's links work outside the site. */
export type UrlFor = (path: string) => string;

const plain = (text: string) => text.replace(/`/g, '');

function findingLines(finding: Finding, index: number, urlFor: UrlFor): string[] {
  const lines = [
    `${index + 1}. [${t(finding.severity === 'error' ? 'diagnoseTicket.error' : 'diagnoseTicket.warning')}] ${plain(finding.title)}`,
    t('diagnoseTicket.fragment', { text: maskSecrets(finding.fragment) }),
    t('diagnoseTicket.fix', { text: maskSecrets(plain(finding.fix)) }),
  ];
  const c = finding.consequence;
  if (c.code !== undefined) lines.push(t('diagnoseTicket.code', { code: c.code, url: urlFor(paths.code(c.code)) }));
  if (c.standardError) lines.push(t('diagnoseTicket.standardError', { name: c.standardError }));
  lines.push(t('diagnoseTicket.guide', { url: urlFor(paths.guide(finding.guide.slug, finding.guide.section)) }));
  return lines;
}

export function diagnosisTicket(diagnosis: Diagnosis, urlFor: UrlFor): string {
  if (diagnosis.kind !== 'request') return '';
  const { request, endpoint, findings, checksRun } = diagnosis;
  const params = sentParams(request).map(
    (p) => `  ${p.name}=${isSecretParam(p.name) && p.value ? MASK : maskSecrets(p.value)}`,
  );
  return [
    t('diagnoseTicket.heading'),
    t('diagnoseTicket.endpoint', { label: endpoint.label }),
    t('diagnoseTicket.request', {
      method: request.method ?? t('diagnoseTicket.noMethod'),
      host: request.host ?? '',
      path: request.path,
    }),
    ...(params.length ? [t('diagnoseTicket.params'), ...params] : []),
    findings.length === 0
      ? t('diagnoseTicket.allPassed', { checks: checksRun.join(t('diagnoseTicket.checkSeparator')) })
      : t('diagnoseTicket.problemCount', { count: findings.length }),
    ...findings.flatMap((f, i) => findingLines(f, i, urlFor)),
    t('diagnoseTicket.tool', { url: urlFor(paths.diagnose()) }),
  ].join('\n');
}
