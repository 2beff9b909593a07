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
      findings: Finding[];
      /** The labels of the checks that ran, for the "nothing looks wrong" report. */
      checksRun: string[];
      truncated: boolean;
    }
  | { kind: 'unknown-request'; request: HttpRequest; truncated: boolean }
  | { kind: 'response'; lookup: LookupResult; standardError?: OAuthErrorName; truncated: boolean };

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
  return { kind: 'request', request, endpoint, findings, checksRun: applicable.map((c) => c.label), truncated };
}
