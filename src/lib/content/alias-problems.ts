/**
 * Aliases are checked one by one and as a set. An alias pasted whole into
 * the search box opens its code (src/lib/search/alias-match.ts), so each must be
 * specific enough to match nothing but that error, and no alias may sit on
 * two codes: Enter would silently pick one.
 */
import { aliasKey, isSpecificLength, MIN_ALIAS_HAN_CHARACTERS, MIN_ALIAS_LENGTH } from '../search/alias-match';
import type { FileProblem } from './file-problem';
import { GENERIC_SUBJECTS } from './generic-subjects';

/**
 * Two spellings of one alias compare equal: case, width and separators do not
 * matter, nor do spaces between words ("RedirectUriNotConfig" and "redirect
 * uri not config" are one alias).
 */
const compactKey = (text: string) => aliasKey(text).replace(/ /g, '');

const GENERIC_KEYS = new Set(GENERIC_SUBJECTS.map(compactKey));

/** Why one alias cannot name an error on its own, if it cannot. */
export function aliasTextProblem(text: string): string | undefined {
  if (GENERIC_KEYS.has(compactKey(text)))
    return `"${text}" names a subject, not an error (see src/lib/content/generic-subjects.ts): use wording only this error has, such as the message a response carries`;
  if (!isSpecificLength(aliasKey(text)))
    return `"${text}" is too short to name one error: an alias needs at least ${MIN_ALIAS_LENGTH} Latin characters or ${MIN_ALIAS_HAN_CHARACTERS} Chinese characters`;
  return undefined;
}

export interface AliasDeclaration {
  file: string;
  code: number;
  /** The alias's position in the file's `aliases` list, for the field name. */
  index: number;
  text: string;
  line?: number;
}

/**
 * Every alias declared more than once, compared case- and space-insensitively:
 * on two codes, each declaration is reported naming the other (the author
 * decides which code it names); on one code, the repeats are.
 */
export function sharedAliasProblems(declarations: readonly AliasDeclaration[]): FileProblem[] {
  const byKey = new Map<string, AliasDeclaration[]>();
  for (const alias of declarations) {
    const key = compactKey(alias.text);
    const group = byKey.get(key);
    if (group) group.push(alias);
    else byKey.set(key, [alias]);
  }
  const problems: FileProblem[] = [];
  const where = (d: AliasDeclaration) => `${d.code} (${d.file}${d.line ? `:${d.line}` : ''})`;
  for (const group of byKey.values()) {
    if (group.length < 2) continue;
    for (const [i, alias] of group.entries()) {
      const others = group.filter((other) => other.code !== alias.code);
      const repeat = group.slice(0, i).some((earlier) => earlier.code === alias.code);
      const report = (message: string) =>
        problems.push({ file: alias.file, line: alias.line, field: `aliases.${alias.index}.text`, message });
      if (others.length)
        report(
          `"${alias.text}" is also an alias of ${others.map(where).join(', ')}: Enter can open only one of them; keep it on the one code it names`,
        );
      if (repeat) report(`"${alias.text}" is listed twice in this file`);
    }
  }
  return problems;
}
