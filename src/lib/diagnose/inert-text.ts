/**
 * Text copied out of the page (the ticket) is plain lines, so a pasted value
 * must not be able to start a line of its own: a CR or LF (typed, or decoded
 * from `%0D%0A`), a Unicode line or paragraph separator, or any other control
 * character is written as an escape (`\r`, `\n`, `\u2028`) instead. Bidi
 * overrides are escaped too, because they can make a line read as another.
 */

const NAMED: Record<string, string> = { '\r': '\\r', '\n': '\\n', '\t': '\\t' };

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function escapeControls(text: string): string {
  return text.replace(UNSAFE, (char) => NAMED[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
