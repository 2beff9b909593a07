/**
 * One model for every form a request can be pasted in (a bare URL, raw HTTP,
 * a curl command): where it goes, how it is sent, and its parameters wherever
 * they sit (query string, body, or after a `#`, where the server never sees them).
 */
import { parseJsonParams, parseParams, type Param } from './params';

export type BodyEncoding = 'form' | 'json' | 'multipart' | 'other';

export interface Header {
  name: string;
  value: string;
}

export interface HttpRequest {
  /** How it was pasted; `body` is a form body alone, which only /oauth2/token takes (it has grant_type). */
  form: 'url' | 'http' | 'curl' | 'body';
  /** Upper-case method, or undefined when a bare URL was pasted (a browser or SDK decides). */
  method?: string;
  scheme?: string;
  host?: string;
  path: string;
  query: Param[];
  /** Parameters written after a `#`: the browser keeps them, the server never receives them. */
  fragmentParams: Param[];
  headers: Header[];
  body?: { raw: string; encoding: BodyEncoding; params: Param[]; contentType?: string };
  /** HTTP Basic credentials given with curl -u. */
  basicAuth?: string;
}

export function headerValue(request: Pick<HttpRequest, 'headers'>, name: string): string | undefined {
  return request.headers.find((h) => h.name.toLowerCase() === name.toLowerCase())?.value;
}

/** Every parameter the server receives, query first, then body. */
export function sentParams(request: HttpRequest): Param[] {
  return [...request.query, ...(request.body?.params ?? [])];
}

const TARGET = /^(?:([a-z][a-z0-9+.-]*):\/\/([^/?#\s]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/is;

/** Splits an absolute URL or an origin-relative target into its parts, without normalising anything. */
export function splitTarget(
  target: string,
): Pick<HttpRequest, 'scheme' | 'host' | 'path' | 'query' | 'fragmentParams'> {
  const match = TARGET.exec(target.trim())!;
  const [, scheme, host, path, query = '', fragment = ''] = match;
  return {
    scheme: scheme?.toLowerCase(),
    host: host?.toLowerCase(),
    path: path || '/',
    query: parseParams(query, 'query'),
    // Only a fragment that looks like parameters is reported; `#/route` of a single-page app is not.
    fragmentParams: fragment.includes('=') ? parseParams(fragment.replace(/^[^?&=]*\?/, ''), 'fragment') : [],
  };
}

function bodyEncoding(raw: string, contentType: string | undefined, hint?: 'json' | 'multipart'): BodyEncoding {
  const type = contentType?.toLowerCase() ?? '';
  if (hint === 'multipart' || type.startsWith('multipart/')) return 'multipart';
  // What the body is wins over what the header claims: JSON sent with curl -d is still JSON.
  if (hint === 'json' || /^\s*[[{]/.test(raw)) return 'json';
  if (type.includes('x-www-form-urlencoded')) return 'form';
  if (type.includes('json')) return 'json';
  if (contentType === undefined && /^[^=&\s]+=/.test(raw.trim())) return 'form';
  return 'other';
}

/** The body as parameters, decoded according to how it is actually encoded (not what the header claims). */
export function parseBody(
  raw: string,
  contentType: string | undefined,
  hint?: 'json' | 'multipart',
): HttpRequest['body'] {
  const encoding = bodyEncoding(raw, contentType, hint);
  const looksJson = /^\s*\{/.test(raw);
  const params = looksJson
    ? (parseJsonParams(raw.trim()) ?? [])
    : raw.includes('=')
      ? parseParams(raw.trim(), 'body')
      : [];
  return { raw, encoding, params, contentType };
}
