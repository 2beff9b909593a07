/**
 * The WPS 365 (/oauth2/) error family: 8-digit codes whose `msg` is a
 * standard OAuth 2.0 error name, with an English `debug.desc`. The official
 * list (《状态码说明》) is not public; the codes below come from third-party
 * notes. Each row maps a name, and where it tells rows apart a phrase of
 * `debug.desc`, to the guide sections that help and the nearest global codes.
 */
import { familyOf } from './code-families';
import { hasWps365Marker } from './wps365-api';

/** The guide that explains this family; its sections are the rows below. */
export const WPS365_GUIDE_SLUG = 'wps365-oauth-errors';

export interface Wps365Row {
  /** The row's anchor on the guide page. */
  id: string;
  /** The standard OAuth error name in `msg`. */
  error: string;
  /** WPS 365 codes seen with this name (third-party notes). */
  codes: readonly number[];
  /** A recognisable phrase of `debug.desc` that singles this row out. */
  descPhrase?: string;
  /** How that phrase is recognised in pasted text. */
  descPattern?: RegExp;
  /** Guide sections that help, as "<slug>#<section>". */
  guides: readonly string[];
  /** The nearest codes of the global list. */
  nearestCodes: readonly number[];
}

/** Most specific first: a row with a phrase is tried before the bare name. */
export const WPS365_ROWS: readonly Wps365Row[] = [
  {
    id: 'redirect-uri-mismatch',
    error: 'invalid_request',
    codes: [40000001],
    descPhrase:
      "The 'redirect_uri' parameter does not match any of the OAuth 2.0 Client's pre-registered redirect urls.",
    descPattern: /redirect[\s_-]*ur[il]s?\b[\s\S]*(?:does not match|not match|mismatch|pre-registered)/i,
    guides: ['redirect-uri#rules', 'redirect-uri#configure'],
    nearestCodes: [100010, 130001],
  },
  {
    id: 'invalid-request',
    error: 'invalid_request',
    codes: [40000001],
    descPhrase:
      'The request is missing a required parameter, includes an invalid parameter value, includes a parameter more than once, or is otherwise malformed.',
    guides: ['authorization-code#authorize', 'app-credentials#request-format'],
    nearestCodes: [100000, 100001, 100005, 130014],
  },
  {
    id: 'invalid-scope',
    error: 'invalid_scope',
    codes: [40000005],
    descPhrase:
      "The requested scope is invalid, unknown, or malformed. The OAuth 2.0 Client is not allowed to request scope '…'.",
    guides: ['scopes-and-publishing#scopes', 'scopes-and-publishing#apply'],
    nearestCodes: [130032, 130024, 130004],
  },
  {
    id: 'invalid-client',
    error: 'invalid_client',
    codes: [],
    guides: ['app-credentials#appid-appkey'],
    nearestCodes: [100008, 100009, 130030],
  },
  {
    id: 'invalid-grant',
    error: 'invalid_grant',
    codes: [],
    guides: ['authorization-code#exchange', 'token-refresh#refresh-token-invalid'],
    nearestCodes: [100019, 100020, 100050, 130002],
  },
  {
    id: 'unauthorized-client',
    error: 'unauthorized_client',
    codes: [],
    guides: ['scopes-and-publishing#app-status'],
    nearestCodes: [100011, 100031],
  },
  {
    id: 'unsupported-grant-type',
    error: 'unsupported_grant_type',
    codes: [],
    guides: ['app-credentials#request-format'],
    nearestCodes: [100004],
  },
  {
    id: 'unsupported-response-type',
    error: 'unsupported_response_type',
    codes: [],
    guides: ['authorization-code#authorize'],
    nearestCodes: [100000],
  },
  {
    id: 'access-denied',
    error: 'access_denied',
    codes: [],
    guides: ['scopes-and-publishing#user-consent', 'scopes-and-publishing#account-type'],
    nearestCodes: [100051, 100052],
  },
  {
    id: 'server-error',
    error: 'server_error',
    codes: [],
    guides: ['rate-limits#server-errors'],
    nearestCodes: [100101],
  },
  {
    id: 'temporarily-unavailable',
    error: 'temporarily_unavailable',
    codes: [],
    guides: ['rate-limits#backoff'],
    nearestCodes: [130009],
  },
];

/** Where a pasted WPS 365 error belongs: its code (when given) and the row that matches. */
export interface Wps365Match {
  code?: number;
  row?: Wps365Row;
}

const CODE_VALUE = /["']?\b(?:code|errcode|error_code|result)\b["']?\s*[:=]\s*["']?(\d{8})(?!\d)/gi;
const LOOSE_CODE = /(?<![\dA-Za-z_])\d{8}(?![\dA-Za-z_])/g;

function wps365Code(text: string): number | undefined {
  for (const match of text.matchAll(CODE_VALUE)) {
    const code = Number(match[1]);
    if (familyOf(code).id === 'wps365-oauth') return code;
  }
  for (const match of text.matchAll(LOOSE_CODE)) {
    const code = Number(match[0]);
    if (familyOf(code).knownName) return code;
  }
  return undefined;
}

/** The standard OAuth error names in the text, in the order they appear. */
function errorNames(text: string): string[] {
  return [...text.toLowerCase().matchAll(/\b[a-z]+(?:_[a-z]+)+\b/g)].map((m) => m[0]);
}

/**
 * Recognises a pasted WPS 365 error: an 8-digit code of that family, then the
 * row named by the error name in the text (refined by a `debug.desc` phrase),
 * or by the code's known name. Undefined when the text holds no such code.
 */
export function matchWps365(input: string): Wps365Match | undefined {
  const text = input.slice(0, 10_000).normalize('NFKC');
  const code = wps365Code(text);
  // Without a code, an OAuth error name next to a WPS 365 marker (a kso.* scope) still says where it belongs.
  if (code === undefined) {
    if (!hasWps365Marker(text)) return undefined;
    const name = errorNames(text).find((n) => WPS365_ROWS.some((row) => row.error === n));
    const rows = WPS365_ROWS.filter((row) => row.error === name);
    const row = rows.find((r) => r.descPattern?.test(text)) ?? rows.find((r) => !r.descPattern);
    return row && { row };
  }
  const names = errorNames(text);
  const knownName = familyOf(code).knownName;
  const name = names.find((n) => WPS365_ROWS.some((row) => row.error === n)) ?? knownName;
  const candidates = WPS365_ROWS.filter((row) => row.error === name);
  const row = candidates.find((r) => r.descPattern?.test(text)) ?? candidates.find((r) => !r.descPattern);
  return { code, row };
}
