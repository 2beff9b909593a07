/**
 * Reads a curl command into the request curl would send: method, URL,
 * headers and body. Only what matters to an OAuth request is modelled; other
 * options are skipped together with their argument.
 */
import { shellWords } from './shell-words';

export interface CurlRequest {
  /** The method curl would use: -X wins, then -G / -I, then POST when there is data. */
  method: string;
  url: string;
  headers: { name: string; value: string }[];
  /** The body curl would send, pieces joined with `&` as curl does; undefined without data. */
  body?: string;
  /** How the body was given: form fields (-F) are multipart, --json is JSON. */
  bodyKind?: 'data' | 'json' | 'multipart';
  /** -u user:password, sent as HTTP Basic authentication. */
  basicAuth?: string;
}

const DATA_OPTIONS = new Set(['-d', '--data', '--data-raw', '--data-binary', '--data-ascii']);
/** Options that take an argument we do not need. */
const SKIPPED_WITH_ARGUMENT = new Set([
  '-o',
  '--output',
  '-A',
  '--user-agent',
  '-e',
  '--referer',
  '-b',
  '--cookie',
  '-c',
  '--cookie-jar',
  '-m',
  '--max-time',
  '--connect-timeout',
  '-x',
  '--proxy',
  '-w',
  '--write-out',
  '-T',
  '--upload-file',
  '--retry',
  '-K',
  '--config',
  '--cacert',
  '--cert',
  '--key',
  '-E',
  '--resolve',
  '--limit-rate',
  '-r',
  '--range',
]);

/** `--data-urlencode` encodes the content part of `name=content` (or all of `content`), as curl does. */
function urlencodeArgument(argument: string): string {
  const eq = argument.indexOf('=');
  if (eq === -1) return encodeURIComponent(argument);
  const name = argument.slice(0, eq);
  const encoded = encodeURIComponent(argument.slice(eq + 1));
  return name === '' ? encoded : `${name}=${encoded}`;
}

export function isCurlCommand(text: string): boolean {
  return /^\s*curl(?:\.exe)?\s/i.test(text);
}

export function parseCurl(command: string): CurlRequest {
  const words = shellWords(command).slice(1);
  let method: string | undefined;
  let url = '';
  let get = false;
  let head = false;
  const headers: CurlRequest['headers'] = [];
  const data: string[] = [];
  let bodyKind: CurlRequest['bodyKind'];
  let basicAuth: string | undefined;

  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const next = () => words[++i] ?? '';
    // Short options may carry their argument attached: -XPOST, -d'a=b'.
    const attached = /^-([XdHu])(.+)$/.exec(word);
    const option = attached ? `-${attached[1]}` : word;
    const argument = () => (attached ? attached[2] : next());
    if (option === '-X' || option === '--request') method = argument().toUpperCase();
    else if (DATA_OPTIONS.has(option)) {
      data.push(argument());
      bodyKind ??= 'data';
    } else if (option === '--data-urlencode') {
      data.push(urlencodeArgument(argument()));
      bodyKind ??= 'data';
    } else if (option === '--json') {
      data.push(argument());
      bodyKind = 'json';
    } else if (option === '-F' || option === '--form') {
      data.push(argument());
      bodyKind = 'multipart';
    } else if (option === '-H' || option === '--header') {
      const header = argument();
      const colon = header.indexOf(':');
      if (colon > 0) headers.push({ name: header.slice(0, colon).trim(), value: header.slice(colon + 1).trim() });
    } else if (option === '-u' || option === '--user') basicAuth = argument();
    else if (option === '-G' || option === '--get') get = true;
    else if (option === '-I' || option === '--head') head = true;
    else if (option === '--url') url = next();
    else if (SKIPPED_WITH_ARGUMENT.has(option)) next();
    else if (!word.startsWith('-') && url === '') url = word;
  }

  let body: string | undefined = data.length > 0 ? data.join('&') : undefined;
  if (get && body !== undefined) {
    url += (url.includes('?') ? '&' : '?') + body;
    body = undefined;
  }
  method ??= get ? 'GET' : head ? 'HEAD' : body !== undefined ? 'POST' : 'GET';
  if (bodyKind === 'json' && !headers.some((h) => /^content-type$/i.test(h.name))) {
    headers.push({ name: 'Content-Type', value: 'application/json' });
  }
  return { method, url, headers, body, bodyKind: body === undefined ? undefined : bodyKind, basicAuth };
}
