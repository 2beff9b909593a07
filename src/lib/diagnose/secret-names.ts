/**
 * Whether a parameter, form field, JSON key or header name says that its
 * value is a secret. Names are judged by their words, whatever the case or
 * separator (`clientSecret`, `app_secret`, `X-Api-Key`, `AccessToken`), so a
 * secret under a name no list foresaw is still hidden.
 */

/** A name ending in one of these (as a word or run together: `appkey`, `accesstoken`) holds a secret. */
const SECRET_ENDINGS = [
  'secret',
  'key',
  'token',
  'password',
  'passwd',
  'pwd',
  'ticket',
  'credential',
  'credentials',
  'authorization',
  'cookie',
];

/**
 * A name containing one of these words anywhere (`secret_value`, `password_hash`)
 * holds a secret too; `token` is not one, so `token_type` ("bearer") stays readable.
 */
const SECRET_WORDS = new Set(['secret', 'password', 'passwd', 'credential', 'credentials']);

/**
 * `code` alone is the authorization code, and so are `auth_code` or
 * `smsCode`; but `errcode`, `error_code`, `qrcode` or `my.code` name
 * something else, and hiding an error code would empty the ticket.
 */
const SECRET_CODE_PREFIXES = new Set([
  'auth',
  'authorization',
  'oauth',
  'access',
  'sms',
  'otp',
  'verify',
  'verification',
  'device',
  'user',
  'invite',
]);

/** The words of a name: camelCase and PascalCase humps, and anything that is not a letter or digit, separate them. */
export function nameWords(name: string): string[] {
  return name
    .replace(/(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/g, ' ')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

export function isSecretName(name: string): boolean {
  const words = nameWords(name);
  if (words.length === 0) return false;
  const last = words[words.length - 1];
  if (last === 'code') return words.length === 1 || SECRET_CODE_PREFIXES.has(words[words.length - 2]);
  if (words.some((word) => SECRET_WORDS.has(word))) return true;
  return SECRET_ENDINGS.some((ending) => last.endsWith(ending));
}
