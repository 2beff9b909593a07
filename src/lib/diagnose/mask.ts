/**
 * Hides secrets before a diagnosis leaves the page (the "copy for ticket"
 * text): app secrets, tokens and authorization codes, in every form they can
 * take in a paste: `name=value`, JSON members, Authorization headers, curl -u.
 */
import { SECRET_PARAMS } from './endpoints';

export const MASK = '***';

const names = SECRET_PARAMS.join('|');
/** `client_secret=…` in a query or form; the lookbehind keeps `response_type=code` and `grant_type=authorization_code` intact. */
const FORM_PAIR = new RegExp(`((?<![\\w.-])(?:${names})=)[^&\\s"'#]+`, 'gi');
const JSON_PAIR = new RegExp(`((["'])(?:${names})\\2\\s*:\\s*)("(?:[^"\\\\]|\\\\.)*"|[^,}\\s]+)`, 'gi');
const AUTHORIZATION = /(\bAuthorization\s*:\s*(?:Bearer|Basic|Token)?\s*)[^\s"'\\]+/gi;
const CURL_USER = /((?:^|\s)(?:-u|--user)\s+['"]?)[^\s'"]+/g;
/** JSON Web Tokens look the same wherever they appear. */
const JWT = /\beyJ[\w-]{6,}\.[\w-]+\.[\w-]+/g;

export function maskSecrets(text: string): string {
  return text
    .replace(FORM_PAIR, `$1${MASK}`)
    .replace(JSON_PAIR, (_all, prefix: string) => `${prefix}"${MASK}"`)
    .replace(AUTHORIZATION, `$1${MASK}`)
    .replace(CURL_USER, `$1${MASK}`)
    .replace(JWT, MASK);
}

export const isSecretParam = (name: string): boolean => SECRET_PARAMS.includes(name.toLowerCase());
