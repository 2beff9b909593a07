/**
 * The plain text "copy for ticket" puts on the clipboard: what the request
 * is, its parameters and every finding shown, with secrets masked and every
 * line kept a single line whatever was pasted (src/lib/diagnose/inert-text.ts).
 */
import { paths } from '../site/urls';
import type { Diagnosis } from './diagnose';
import type { Finding } from './finding';
import { escapeControls } from './inert-text';
import { MASK, maskSecrets, maskUserinfo } from './mask';
import { sentParams } from './request';
import { isSecretName } from './secret-names';
import { diagnoseText as t } from '../../i18n/diagnose';

/** An absolute URL for a site path, so the ticket's links work outside the site. */
export type UrlFor = (path: string) => string;

const plain = (text: string) => text.replace(/`/g, '');

/** A real request has a dozen parameters; a paste of thousands would bury the findings. */
export const MAX_TICKET_PARAMS = 50;

function findingLines(finding: Finding, index: number, urlFor: UrlFor): string[] {
  const lines = [
    `${index + 1}. [${t(finding.severity === 'error' ? 'diagnoseTicket.error' : 'diagnoseTicket.warning')}] ${maskSecrets(plain(finding.title))}`,
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
  const { request, endpoint, findings, hiddenFindings, checksRun } = diagnosis;
  // A secret's whole value is hidden by its name; other values still go through the masking for what they hold.
  const sent = sentParams(request);
  const params = sent
    .slice(0, MAX_TICKET_PARAMS)
    .map((p) => `  ${p.name}=${isSecretName(p.name) && p.value ? MASK : maskSecrets(p.value)}`);
  if (sent.length > MAX_TICKET_PARAMS)
    params.push(t('diagnoseTicket.hiddenParams', { count: sent.length - MAX_TICKET_PARAMS }));
  const lines = [
    t('diagnoseTicket.heading'),
    t('diagnoseTicket.endpoint', { label: endpoint.label }),
    t('diagnoseTicket.request', {
      method: request.method ?? t('diagnoseTicket.noMethod'),
      host: maskUserinfo(request.host ?? ''),
      path: maskSecrets(request.path),
    }),
    ...(params.length ? [t('diagnoseTicket.params'), ...params] : []),
    findings.length === 0
      ? t('diagnoseTicket.allPassed', { checks: checksRun.join(t('diagnoseTicket.checkSeparator')) })
      : t('diagnoseTicket.problemCount', { count: findings.length + hiddenFindings }),
    ...findings.flatMap((f, i) => findingLines(f, i, urlFor)),
    ...(hiddenFindings > 0 ? [t('diagnoseTicket.hiddenFindings', { count: hiddenFindings })] : []),
    t('diagnoseTicket.tool', { url: urlFor(paths.diagnose()) }),
  ];
  // Escaped line by line: whatever a value holds, it cannot add a line to the ticket.
  return lines.map(escapeControls).join('\n');
}
