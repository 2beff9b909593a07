/**
 * The whole diagnosis of a paste: what it is, which endpoint and API
 * generation it targets, and what every applicable check found. A response
 * body is handed to the code lookup instead, so it behaves like the search box.
 */
import { lookupCode, type LookupResult } from '../search/code-lookup';
import { OAUTH_ERROR_NAMES, type OAuthErrorName } from '../content/oauth-errors';
import { CHECKS } from './checks';
import { endpointOf, type Endpoint } from './endpoints';
import type { Finding } from './finding';
import { parseInput } from './parse-input';
import type { HttpRequest } from './request';

export type Diagnosis =
  | { kind: 'empty' }
  | {
      kind: 'request';
      request: HttpRequest;
      endpoint: Endpoint;
      /** The findings shown: errors first, at most MAX_FINDINGS_SHOWN. */
      findings: Finding[];
      /** How many more were found and not shown ("另有 N 条未显示"). */
      hiddenFindings: number;
      /** The labels of the checks that ran, for the "nothing looks wrong" report. */
      checksRun: string[];
      truncated: boolean;
    }
  | { kind: 'unknown-request'; request: HttpRequest; truncated: boolean }
  | { kind: 'response'; lookup: LookupResult; standardError?: OAuthErrorName; truncated: boolean };

/**
 * A real request has a handful of mistakes; a paste of thousands of repeated
 * parameters has thousands, and drawing them all would freeze the page. The
 * first ones (errors before warnings) say what is wrong; the rest are counted.
 */
export const MAX_FINDINGS_SHOWN = 30;
/** A fragment is quoted to show where the mistake is, not to repeat the paste. */
export const MAX_FRAGMENT_LENGTH = 300;

const clip = (text: string) =>
  text.length > MAX_FRAGMENT_LENGTH ? `${text.slice(0, MAX_FRAGMENT_LENGTH - 1)}…` : text;

const STANDARD_ERROR = new RegExp(`["']?error["']?\\s*[:=]\\s*["']?(${OAUTH_ERROR_NAMES.join('|')})\\b`);

export function diagnose(input: string, isDocumented: (code: number) => boolean): Diagnosis {
  const parsed = parseInput(input);
  if (parsed.kind === 'empty') return parsed;
  if (parsed.kind === 'response') {
    const standardError = STANDARD_ERROR.exec(parsed.text)?.[1] as OAuthErrorName | undefined;
    return {
      kind: 'response',
      lookup: lookupCode(parsed.text, isDocumented),
      standardError,
      truncated: parsed.truncated,
    };
  }
  const { request, truncated } = parsed;
  const endpoint = endpointOf(request);
  if (!endpoint) return { kind: 'unknown-request', request, truncated };
  const applicable = CHECKS.filter((check) => check.appliesTo(endpoint));
  const findings = applicable.flatMap((check) => check.run({ request, endpoint }));
  findings.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  const shown = findings.slice(0, MAX_FINDINGS_SHOWN).map((f) => ({ ...f, fragment: clip(f.fragment) }));
  return {
    kind: 'request',
    request,
    endpoint,
    findings: shown,
    hiddenFindings: findings.length - shown.length,
    checksRun: applicable.map((c) => c.label),
    truncated,
  };
}
