/**
 * What the not-found and lookup pages say about a number that has no page:
 * which family it belongs to, and the nearest documented codes of its range.
 */

import { categoryOf, type Category } from './categories';
import { familyOf, type CodeFamily } from './code-families';
import { neighboursInCategory, type Neighbours } from './code-neighbours';

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
