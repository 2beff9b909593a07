/**
 * Decides what the reader pasted (a request in one of its forms, or a
 * response body) and parses it. Nothing here runs or fetches anything: the
 * input is only ever read as text.
 */
import { isCurlCommand, parseCurl } from './curl';
import { isRawHttp, parseRawHttp } from './raw-http';
import { parseBody, splitTarget, type HttpRequest } from './request';

/** Requests are short; capping the input keeps every step linear and the page responsive on a 100 KB paste. */
export const MAX_DIAGNOSE_INPUT = 20_000;

export type ParsedInput =
  | { kind: 'empty' }
  | { kind: 'request'; request: HttpRequest; truncated: boolean }
  | { kind: 'response'; text: string; truncated: boolean };

// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** A form body pasted on its own (`grant_type=…&client_id=…`), as the WPS 365 token docs show their examples. */
const FORM_BODY_WITH_GRANT = /^(?=(?:.*&)?grant_type=)[^\s=&]+=[^\s&]*(?:&[^\s=&]+=[^\s&]*)*$/;

const URL_START = /^(?:https?:\/\/|\/)/i;

/**
 * A URL split over several lines for reading (continuation lines start with
 * `&` or `?`, as in documentation) is joined back into one line.
 */
function joinWrappedUrl(text: string): string | undefined {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
  if (!URL_START.test(lines[0])) return undefined;
  // One line is taken whole, spaces included: a space inside a value is a finding, not a reason to give up.
  if (lines.length === 1) return lines[0];
  if (/\s/.test(lines[0]) || !lines.slice(1).every((line) => /^[&?]/.test(line) && !/\s/.test(line))) return undefined;
  return lines.join('');
}

export function parseInput(input: string): ParsedInput {
  const truncated = input.length > MAX_DIAGNOSE_INPUT;
  // Control characters other than tab and newlines are never part of a request; binary pastes become spaces.
  const text = input.slice(0, MAX_DIAGNOSE_INPUT).replace(CONTROL_CHARACTERS, ' ').trim();
  if (text === '') return { kind: 'empty' };

  if (isCurlCommand(text)) {
    const curl = parseCurl(text);
    const contentType = curl.headers.find((h) => h.name.toLowerCase() === 'content-type')?.value;
    const hint = curl.bodyKind === 'json' || curl.bodyKind === 'multipart' ? curl.bodyKind : undefined;
    const request: HttpRequest = {
      form: 'curl',
      method: curl.method,
      ...splitTarget(curl.url),
      headers: curl.headers,
      // curl sends -d data as a form unless told otherwise.
      body:
        curl.body === undefined
          ? undefined
          : parseBody(curl.body, contentType ?? (hint ? undefined : 'application/x-www-form-urlencoded'), hint),
      basicAuth: curl.basicAuth,
    };
    return { kind: 'request', request, truncated };
  }
  if (isRawHttp(text)) return { kind: 'request', request: parseRawHttp(text), truncated };
  const url = joinWrappedUrl(text);
  if (url !== undefined)
    return { kind: 'request', request: { form: 'url', ...splitTarget(url), headers: [] }, truncated };
  if (FORM_BODY_WITH_GRANT.test(text)) {
    const request: HttpRequest = {
      form: 'body',
      path: '/oauth2/token',
      query: [],
      fragmentParams: [],
      headers: [],
      body: parseBody(text, undefined),
    };
    return { kind: 'request', request, truncated };
  }
  return { kind: 'response', text, truncated };
}
