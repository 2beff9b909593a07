/**
 * Turns a pasted log line, exception or response body into the words that
 * describe the error. Logs wrap a short message in timestamps, levels,
 * process and thread ids, logger and class names, URLs and tokens; searched
 * as they are, those fill the query and the message is never matched.
 */

/** Pasted text beyond this adds nothing and would only slow the expressions down. */
export const MAX_LOG_INPUT = 4_000;

const URL = /\b(?:https?|wss?):\/\/[^\s"'<>）)\]]*/gi;

/**
 * A URL's scheme, host and path are noise, but an OAuth redirect carries the
 * error in its query (?error=redirect_uri_mismatch&error_description=…):
 * the decoded parameter values are kept.
 */
function urlMessage(url: string): string {
  const query = url.split('?')[1] ?? '';
  return query
    .split(/[&#]/)
    .map((pair) => pair.split('=').slice(1).join('='))
    .map((value) => {
      try {
        return decodeURIComponent(value.replace(/\+/g, ' '));
      } catch {
        return value;
      }
    })
    .filter((value) => value && !/^(?=.*\d)(?=.*[A-Za-z])[\w-]{16,}$/.test(value) && !/^https?:/i.test(value))
    .join(' ');
}

const NOISE: readonly RegExp[] = [
  // E-mail addresses.
  // (The local part is bounded: unbounded, a long run of word characters made this quadratic.)
  /[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+/g,
  // Dates and times in the usual log formats.
  /\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:[T\s]\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?/g,
  /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/g,
  /\b\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?\b/g,
  /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\s+\d{1,2}\s+\d{4}\b/g,
  /\bGMT[+-]\d{4}(?:\s*\([A-Z]{2,5}\))?/g,
  // Process ids: "[pid 18365]", "pid=18365", "#91447". Error codes have 6 or 8 digits and are kept.
  /\bpid\s*[:=#]?\s*\d+/gi,
  /[[#(]\d{1,5}[\])]?(?!\d)/g,
  // Java, PHP and .NET qualified names (loggers, classes, exceptions), with an optional line number.
  /\b[A-Za-z_$][\w$]*(?:(?:\.|\\{1,2})[A-Za-z_$][\w$]*){2,}(?::\d+)?/g,
  /\b[A-Za-z_$][\w$]*\.(?:java|kt|php|py|js|ts|go|cs|rb):\d+/g,
  // Exception class names on their own ("AuthorizeFailedException", "APIError").
  /\b[A-Z]\w*(?:Exception|Error)\b/g,
  // Log levels, written in capitals as loggers print them, optionally after a channel ("production.ERROR").
  /\b(?:\w+\.)?(?:TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|ERR|FATAL|CRITICAL|SEVERE)\b/g,
  // Thread names: "[main]", "[http-nio-8080-exec-1]", "Worker-3".
  /\[(?!\d{6}\]|\d{8}\])[\w.$:/-]*\]/g,
  /\b[A-Za-z]+(?:-[A-Za-z]+)*-\d+\b/g,
  // JSON and query-string keys: the value carries the meaning, the key is structure.
  /["']\w+["']\s*:/g,
  /\b(?:callback|jsonp)\s*\(/gi,
];

/**
 * Identifiers that mix letters and digits (an appid such as AK20260807SZZMPB,
 * a hex token, a JWT): never a code, never a word of the message.
 */
const MIXED_IDENTIFIER = /\b(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[\w-]{8,}\b/g;

/** The message part of a pasted line, with the noise around it removed. */
export function cleanLogText(input: string): string {
  // JSON bodies often carry Chinese as \uXXXX escapes ("\u4e0d\u5408\u6cd5"): read them as the text they are.
  let text = input
    .slice(0, MAX_LOG_INPUT)
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .normalize('NFKC');
  text = text.replace(URL, (url) => ` ${urlMessage(url)} `);
  for (const pattern of NOISE) text = text.replace(pattern, ' ');
  text = text.replace(MIXED_IDENTIFIER, (token) => (isWordLike(token) ? token : ' '));
  return text
    .replace(/[{}[\]"'`<>|\\]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * snake_case names that hold a digit, such as "oauth2_token", stay: only
 * identifiers whose digits are glued to letters in a run are noise.
 */
function isWordLike(token: string): boolean {
  return token.split(/[_-]/).every((part) => /^[A-Za-z]+\d?$/.test(part) || /^\d+$/.test(part));
}
