/**
 * WPS 365 open-API (v7) errors carry 9-digit codes. In the public examples
 * (403000001 with HTTP 403, 400000004 with HTTP 400) the first three digits
 * are the HTTP status; what the other six mean is not published. So a code
 * is read by its status class only, and each class points at the guide
 * section and the global codes closest to it. These are the site's advice,
 * not a WPS table.
 */

export interface ApiStatusClass {
  /** The HTTP statuses of the class (the code's first three digits). */
  statuses: readonly number[];
  /** The guide sections that help, as "<slug>#<section>", most useful first. */
  guides: readonly string[];
  /** The nearest codes of the global list. */
  nearestCodes: readonly number[];
}

/** The section of the WPS 365 guide that explains these codes. */
export const API_ERRORS_SECTION = 'wps365-oauth-errors#api-errors';

export const API_STATUS_CLASSES: readonly ApiStatusClass[] = [
  { statuses: [400], guides: [API_ERRORS_SECTION, 'app-credentials#request-format'], nearestCodes: [100100, 130014] },
  { statuses: [401], guides: [API_ERRORS_SECTION, 'token-refresh#expired'], nearestCodes: [100007, 100013, 100014] },
  {
    statuses: [403],
    guides: [API_ERRORS_SECTION, 'scopes-and-publishing#apply'],
    nearestCodes: [130004, 100031, 100030],
  },
  { statuses: [404, 405], guides: [API_ERRORS_SECTION], nearestCodes: [100029, 100012] },
  { statuses: [429], guides: [API_ERRORS_SECTION, 'rate-limits#backoff'], nearestCodes: [130009] },
  {
    statuses: [500, 502, 503, 504],
    guides: [API_ERRORS_SECTION, 'rate-limits#server-errors'],
    nearestCodes: [100101],
  },
];

/** The HTTP status and class of a 9-digit WPS 365 API code, or undefined for any other number. */
export function apiStatusOf(code: number): { status: number; statusClass: ApiStatusClass } | undefined {
  if (!Number.isInteger(code) || code < 100_000_000 || code > 999_999_999) return undefined;
  const status = Math.floor(code / 1_000_000);
  const statusClass = API_STATUS_CLASSES.find((c) => c.statuses.includes(status));
  return statusClass && { status, statusClass };
}

/** Words that say a paste comes from WPS 365: its kso.* scopes, its API host, its name. */
const WPS365_MARKER = /\bkso\.[a-z_]+(?:\.[a-z_]+)*|openapi\.wps\.cn|\bwps\s*365\b|\bwps365\b/i;
/** An HTTP status said as one ("status 403", "HTTP 403", "403 Forbidden", "报 403"). */
const HTTP_STATUS =
  /(?:\b(?:status|http|error|code)\s*[:=]?\s*|报\s*)([45]\d\d)\b|\b([45]\d\d)\s+(?:forbidden|unauthorized|not found|bad request|too many)/i;

/**
 * A WPS 365 paste that carries no code but an HTTP status and a WPS 365
 * marker ("… kso.file.readwrite … 报 403"): its status class, so that Enter
 * can open the guide section that fits.
 */
export function wps365StatusInText(text: string): { status: number; statusClass: ApiStatusClass } | undefined {
  const input = text.slice(0, 10_000).normalize('NFKC');
  if (!WPS365_MARKER.test(input)) return undefined;
  const match = HTTP_STATUS.exec(input);
  const status = match ? Number(match[1] ?? match[2]) : undefined;
  const statusClass = status === undefined ? undefined : API_STATUS_CLASSES.find((c) => c.statuses.includes(status));
  return statusClass && status !== undefined ? { status, statusClass } : undefined;
}

/** True when the text says it comes from WPS 365 (a kso.* scope, the API host). */
export const hasWps365Marker = (text: string): boolean => WPS365_MARKER.test(text.slice(0, 10_000).normalize('NFKC'));
