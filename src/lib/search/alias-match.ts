/**
 * Other names a code goes by (symbolic names seen in responses such as
 * RedirectUriNotConfig, the English wording of the table the 1000xx block
 * mirrors such as "redirect uri is illegal"). An alias found whole in what
 * the reader pasted identifies the code as surely as the number would.
 */

export interface AliasEntry {
  text: string;
  code: number;
  /** Where the name was seen: in WPS responses, or in QQ Connect's own table (the default is WPS). */
  seen?: 'wps' | 'qq-connect';
}

/** Shorter aliases would match inside ordinary sentences. */
export const MIN_ALIAS_LENGTH = 8;

/**
 * One spelling for comparison: case, width, and the separators between words
 * ("code_is_reused_error", "code is reused error") do not matter; letters
 * and digits run together stay one word, so "InvalidScope" never matches the
 * standard name "invalid_scope".
 */
export function aliasKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/(?<=\p{Script=Han})(?=[^\p{Script=Han}])|(?<=[^\p{Script=Han}])(?=\p{Script=Han})/gu, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Latin aliases match whole words only ("invalid scope error" must not match
 * inside "…invalid scopes…"); Chinese has no spaces between words, so a
 * Chinese alias matches wherever its characters appear in a row.
 */
function contains(haystack: string, key: string): boolean {
  return /\p{Script=Han}/u.test(key) ? haystack.includes(key) : haystack.includes(` ${key} `);
}

/** The alias found whole in the input; the longest wins when several are. */
export function findAlias(input: string, aliases: readonly AliasEntry[]): AliasEntry | undefined {
  const haystack = ` ${aliasKey(input.slice(0, 10_000))} `;
  let best: AliasEntry | undefined;
  for (const alias of aliases) {
    const key = aliasKey(alias.text);
    if (key.length < MIN_ALIAS_LENGTH || !contains(haystack, key)) continue;
    if (!best || key.length > aliasKey(best.text).length) best = alias;
  }
  return best;
}
