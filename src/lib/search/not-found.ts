/**
 * What the not-found and lookup pages say about a number that has no page:
 * which family it belongs to, and the nearest documented codes of its range.
 */

import { categoryOf, type Category } from '../content/categories';
import { familyOf, type CodeFamily } from './code-families';
import { lookupCode } from './code-lookup';
import { neighboursInCategory, type Neighbours } from '../content/code-neighbours';

export interface NumberAdvice {
  code: number;
  family: CodeFamily;
  /** The global-code category whose range holds the number, if any. */
  category?: Category;
  neighbours: Neighbours;
}

export function adviceForNumber(code: number, documented: readonly number[]): NumberAdvice {
  return {
    code,
    family: familyOf(code),
    category: categoryOf(code),
    neighbours: neighboursInCategory(code, documented),
  };
}

/**
 * The number a missing path asks for: /errors/100040/, /100040, /errors/100040.html,
 * also under a base path. Only the last path segment counts, so a number in a
 * folder name elsewhere is not mistaken for a code.
 */
export function codeFromPath(pathname: string): number | undefined {
  let decoded = pathname;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    // A malformed escape is read as it stands.
  }
  const last = decoded.normalize('NFKC').replace(/\/+$/, '').split('/').pop() ?? '';
  const match = /^(\d{1,9})(?:\.html?)?$/.exec(last);
  return match ? Number(match[1]) : undefined;
}

export type NotFoundAnswer =
  { kind: 'documented'; code: number } | { kind: 'undocumented'; code: number } | { kind: 'none' };

/**
 * What a missing URL asks for. A `?code=` parameter is read like a lookup
 * (labels, full-width digits, a pasted body); otherwise the last path
 * segment (/errors/0100014/, /100014.html, /errors/１０００１４/). Leading
 * zeros and an extension are forgiven, so a hand-typed URL in a ticket still
 * finds its documented code.
 */
export function notFoundAnswer(
  pathname: string,
  search: string,
  isDocumented: (code: number) => boolean,
): NotFoundAnswer {
  const query = new URLSearchParams(search).get('code');
  if (query !== null) {
    const found = lookupCode(query, isDocumented);
    if (found.kind !== 'none') return found;
  }
  const code = codeFromPath(pathname);
  if (code === undefined) return { kind: 'none' };
  return isDocumented(code) ? { kind: 'documented', code } : { kind: 'undocumented', code };
}
