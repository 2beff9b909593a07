/**
 * Hides secrets before a diagnosis leaves the page (the "copy for ticket"
 * text). A value is hidden for what it is, wherever it sits: credentials
 * written into a URL (`user:secret@host`), a `name=value` pair, a JSON or
 * object member, or a header whose name says secret, key, token, password,
 * code or ticket (src/lib/diagnose/secret-names.ts); Authorization and
 * Cookie headers; curl -u; bearer tokens and JSON Web Tokens. The whole value
 * is hidden, spaces and all: too much hidden is a nuisance, too little a leak.
 */
import { isSecretName } from './secret-names';

export const MASK = '***';

/** `scheme://userinfo@`: everything after the user name's colon is a password. */
const URL_USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)([^\s/?#@"'<>]+)@/gi;
/** A quoted JSON or object key and its separator; the value is read by `valueEnd`. */
const QUOTED_KEY = /(["'])([^"'\r\n]{1,200})\1([ \t]*:[ \t]*)/g;
/** A header (`X-Api-Key: …`) or an unquoted object key (`client_secret: '…'`). */
const HEADER_NAME = /(^|["'\s{,;(])([A-Za-z][\w.-]*)([ \t]*:[ \t]*)/gm;
/** `name=` in a query, a form or a shell word; names may be percent-encoded or carry brackets (`a[b]=`). */
const PAIR_NAME = /(^|[^\w.%[\]-])([A-Za-z_%][\w.%[\]-]*)=/g;
const CURL_USER = /((?:^|\s)(?:-u|--user)(?:=|[ \t]+|(?=\S)))/g;
/** Where an unquoted `name=value` stops: a space followed by what starts a new shell word or request part. */
const NEXT_WORD = /\s+(?=-{1,2}[A-Za-z]|[\w.%[\]-]+=|HTTP\/|$)/;
const BEARER = /\b(Bearer|Basic)([ \t]+)[\w.~+/=-]{8,}/g;
/** JSON Web Tokens look the same wherever they appear. */
const JWT = /\beyJ[\w-]{6,}\.[\w-]+\.[\w-]+/g;
/** Authorization values keep their scheme (`Bearer ***`): it says what kind of credential was sent. */
const AUTH_SCHEME = /^(?:Bearer|Basic|Token|Digest|OAuth|WPS-\d+)[ \t]+(?=\S)/i;

function decodedName(name: string): string {
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/**
 * Where the value that starts at `start` ends: a quoted value at its closing
 * quote; inside a quoted word (`-H 'X-Api-Key: a b'`) at that word's quote;
 * otherwise at the end of the line, or at `stops`.
 */
function valueEnd(text: string, start: number, openQuote: string | undefined, stops: RegExp): number {
  const lineEnd = (from: number) => {
    const match = /[\r\n]/.exec(text.slice(from));
    return match ? from + match.index : text.length;
  };
  const first = text[start];
  if (first === '"' || first === "'") {
    for (let i = start + 1; i < text.length; i++) {
      if (text[i] === '\\') i++;
      else if (text[i] === first) return i + 1;
      else if (text[i] === '\n' || text[i] === '\r') return i;
    }
    return text.length;
  }
  let end = lineEnd(start);
  if (openQuote) {
    const close = text.indexOf(openQuote, start);
    if (close !== -1 && close < end) end = close;
  }
  const stop = stops.exec(text.slice(start, end));
  return stop ? start + stop.index : end;
}

/** The masked form of a value: quotes kept, so the surrounding JSON or shell text still reads right. */
function masked(value: string): string {
  const quote = value[0] === '"' || value[0] === "'" ? value[0] : '';
  return `${quote}${MASK}${quote}`;
}

type Judge = (name: string, value: string) => string | undefined;

/** Replaces the value after every match of `pattern` that `judge` masks; the pattern's last group ends at the value. */
function maskValues(text: string, pattern: RegExp, stops: RegExp, judge: Judge): string {
  let out = '';
  let copied = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index + match[0].length;
    if (start < copied) continue;
    const lead = match[1] ?? '';
    const openQuote = lead === '"' || lead === "'" ? lead : undefined;
    const end = valueEnd(text, start, openQuote, stops);
    const replacement = judge(match[2] ?? '', text.slice(start, end));
    if (replacement === undefined) continue;
    out += text.slice(copied, start) + replacement;
    copied = end;
  }
  return out + text.slice(copied);
}

const bySecretName: Judge = (name, value) => (value && isSecretName(decodedName(name)) ? masked(value) : undefined);

const header: Judge = (name, value) => {
  if (!value || !isSecretName(name)) return undefined;
  const scheme = AUTH_SCHEME.exec(value)?.[0] ?? '';
  return scheme + masked(value.slice(scheme.length));
};

/** Masks URL passwords only: `user:secret@host` becomes `user:***@host`; a lone `token@host` becomes `***@host`. */
export function maskUserinfo(authority: string): string {
  const at = authority.lastIndexOf('@');
  if (at === -1) return authority;
  const userinfo = authority.slice(0, at);
  const colon = userinfo.indexOf(':');
  return `${colon === -1 ? MASK : `${userinfo.slice(0, colon)}:${MASK}`}${authority.slice(at)}`;
}

export function maskSecrets(text: string): string {
  let out = text.replace(
    URL_USERINFO,
    (_all, scheme: string, userinfo: string) => scheme + maskUserinfo(`${userinfo}@`),
  );
  out = maskValues(out, QUOTED_KEY, /(?=[,}\]])/, (name, value) =>
    value && isSecretName(name) ? (value[0] === "'" ? `'${MASK}'` : `"${MASK}"`) : undefined,
  );
  out = maskValues(out, HEADER_NAME, /$^/, header);
  out = maskValues(out, PAIR_NAME, new RegExp(`[&]|${NEXT_WORD.source}`), bySecretName);
  out = maskValues(out, CURL_USER, /\s/, (_name, value) => (value ? masked(value) : undefined));
  return out.replace(BEARER, `$1$2${MASK}`).replace(JWT, MASK);
}
