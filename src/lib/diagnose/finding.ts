/**
 * A finding is one thing wrong with a pasted request: what, the exact text,
 * how to fix it, what it leads to and where the guides explain it.
 */
import type { GuideRef } from '../content/guide-refs';
import type { OAuthErrorName } from '../content/oauth-errors';
import type { Endpoint, Generation } from './endpoints';
import type { HttpRequest } from './request';

export type Severity = 'error' | 'warning';

/**
 * What a mistake leads to. On the old endpoints that is a global code (our
 * reading of the official list, so phrased as "可能"). On `/oauth2/*` no
 * public source ties mistakes to the global list: only the RFC 6749 error.
 */
export type Consequence = { code?: number; standardError?: OAuthErrorName };

export interface Finding {
  check: string;
  severity: Severity;
  /** What is wrong, one sentence; `backticks` mark parameter names and values. */
  title: string;
  /** The exact text from the input that shows the problem. */
  fragment: string;
  /** How to fix it. */
  fix: string;
  consequence: Consequence;
  guide: GuideRef;
}

export interface CheckContext {
  request: HttpRequest;
  endpoint: Endpoint;
}

export interface Check {
  id: string;
  /** Shown in the list of checks that ran. */
  label: string;
  /**
   * Every guide section and global code this check's findings can link: the
   * page lists them (so the build's link crawl verifies them), and the unit
   * tests hold each finding to them.
   */
  guides: GuideRef[];
  codes: number[];
  appliesTo: (endpoint: Endpoint) => boolean;
  run: (context: CheckContext) => Finding[];
}

/**
 * The one place that decides what a finding may claim: the old generation
 * gets the global code, the new one only the standard error name.
 */
export function consequenceFor(
  generation: Generation | undefined,
  outcome: { oldCode?: number; standardError?: OAuthErrorName },
): Consequence {
  if (generation === 'old' && outcome.oldCode !== undefined) return { code: outcome.oldCode };
  if (generation === 'new' && outcome.standardError !== undefined) return { standardError: outcome.standardError };
  return {};
}

export const guide = (slug: string, section: string): GuideRef => ({ slug, section });
