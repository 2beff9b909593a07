/**
 * A code's official message typed or pasted as it is (or a distinctive part
 * of it, with or without the spaces and punctuation) names that code as
 * surely as its number: "access token非法" is 100013.
 */

export interface MessageEntry {
  code: number;
  message: string;
}

/**
 * Below this length a part of a message is not distinctive enough to name a
 * code; a part in Latin letters alone ("access", "scope") must be twice as
 * long, since single English words recur across messages.
 */
export const MIN_MESSAGE_PART = 6;
const HAN = /\p{Script=Han}/u;
/** A part shared by more messages than this names none of them. */
const MAX_SHARED = 2;

/** One spelling for comparison: width, case, spaces and punctuation do not matter. */
export function messageKey(text: string): string {
  return text
    .slice(0, 1_000)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The codes whose official message the query is: the whole message (any
 * length), or a long enough part (see MIN_MESSAGE_PART) found in at most
 * two messages (two codes share "RedirectUri为空"). Whole messages win over
 * parts. Empty when the query names no message.
 */
export function messageMatches(query: string, messages: readonly MessageEntry[]): number[] {
  const key = messageKey(query);
  if (key.length < 2) return [];
  const keyed = messages.map((m) => ({ code: m.code, key: messageKey(m.message) }));
  const whole = keyed.filter((m) => m.key === key).map((m) => m.code);
  if (whole.length) return whole;
  if (key.length < (HAN.test(key) ? MIN_MESSAGE_PART : 2 * MIN_MESSAGE_PART)) return [];
  const parts = keyed.filter((m) => m.key.includes(key)).map((m) => m.code);
  return parts.length <= MAX_SHARED ? parts : [];
}
