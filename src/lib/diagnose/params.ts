/**
 * Query strings and form bodies, split into parameters that keep the exact
 * text the reader pasted (for quoting it back) beside the decoded value (for
 * checking it). Decoding never throws: a broken percent sequence is kept as
 * typed and the parameter is marked, so one bad byte cannot hide the rest.
 */

export type ParamLocation = 'query' | 'body' | 'fragment';

export interface Param {
  name: string;
  value: string;
  /** The parameter exactly as it appeared in the input, e.g. `scope=a%EF%BC%8Cb`. */
  raw: string;
  /** The value exactly as it appeared, before any decoding. */
  rawValue: string;
  location: ParamLocation;
  /** A `%` not followed by two hex digits, or bytes that are not UTF-8. */
  malformed: boolean;
}

const PERCENT_RUN = /(?:%[0-9A-Fa-f]{2})+/g;
const LONE_PERCENT = /%(?![0-9A-Fa-f]{2})/;

/** Decodes `+` and every well-formed percent run; reports whether anything could not be decoded. */
export function decodeComponent(text: string): { value: string; malformed: boolean } {
  let malformed = LONE_PERCENT.test(text);
  const value = text.replace(/\+/g, ' ').replace(PERCENT_RUN, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      malformed = true;
      return run;
    }
  });
  return { value, malformed };
}

/** Splits `a=1&b=2` (no leading `?`) into parameters; empty pieces between `&&` are skipped. */
export function parseParams(text: string, location: ParamLocation): Param[] {
  if (text === '') return [];
  return text.split('&').flatMap((raw): Param[] => {
    if (raw.trim() === '') return [];
    const eq = raw.indexOf('=');
    const rawName = eq === -1 ? raw : raw.slice(0, eq);
    const rawValue = eq === -1 ? '' : raw.slice(eq + 1);
    const name = decodeComponent(rawName.trim());
    const value = decodeComponent(rawValue);
    return [
      { name: name.value, value: value.value, raw, rawValue, location, malformed: name.malformed || value.malformed },
    ];
  });
}

/** The top-level members of a JSON object body, as parameters; undefined when the text is not a JSON object. */
export function parseJsonParams(text: string): Param[] | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
  return Object.entries(parsed as Record<string, unknown>).map(([name, member]) => {
    const value = typeof member === 'string' ? member : member === null ? '' : JSON.stringify(member);
    const raw = `"${name}": ${JSON.stringify(member)}`;
    return { name, value, raw, rawValue: JSON.stringify(member), location: 'body' as const, malformed: false };
  });
}
