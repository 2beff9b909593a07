/**
 * Raw HTTP as copied from a proxy, a log or a browser's developer tools:
 * a request line, headers, a blank line, a body. A request line alone
 * ("POST https://…") is accepted too.
 */
import { parseBody, splitTarget, type HttpRequest } from './request';

const REQUEST_LINE = /^\s*(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+(\S+)(?:\s+HTTP\/[\d.]+)?\s*$/i;

export function isRawHttp(text: string): boolean {
  return REQUEST_LINE.test(text.split(/\r?\n/, 1)[0]);
}

export function parseRawHttp(text: string): HttpRequest {
  const lines = text.replace(/^\s+/, '').split(/\r?\n/);
  const [, method, target] = REQUEST_LINE.exec(lines[0])!;
  const headers: HttpRequest['headers'] = [];
  let i = 1;
  for (; i < lines.length && lines[i].trim() !== ''; i++) {
    const colon = lines[i].indexOf(':');
    if (colon > 0) headers.push({ name: lines[i].slice(0, colon).trim(), value: lines[i].slice(colon + 1).trim() });
  }
  const bodyText = lines
    .slice(i + 1)
    .join('\n')
    .trim();
  const host = headers.find((h) => h.name.toLowerCase() === 'host')?.value.toLowerCase();
  const parts = splitTarget(target);
  const contentType = headers.find((h) => h.name.toLowerCase() === 'content-type')?.value;
  return {
    form: 'http',
    method: method.toUpperCase(),
    ...parts,
    host: parts.host ?? host,
    scheme: parts.scheme ?? (host ? 'https' : undefined),
    headers,
    body: bodyText ? parseBody(bodyText, contentType) : undefined,
  };
}
