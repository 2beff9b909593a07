/**
 * Relations between codes are declared once, on one of the two codes, and
 * shown on both pages. This module computes the symmetric view and finds
 * declarations that break that rule.
 */

export interface Declaration {
  code: number;
  targets: readonly number[];
}

export interface RelationProblem {
  code: number;
  target: number;
  problem: string;
}

/** Every code mapped to the sorted codes it is related to, in both directions. */
export function symmetricRelations(declarations: readonly Declaration[]): Map<number, number[]> {
  const related = new Map<number, Set<number>>();
  const link = (a: number, b: number) => {
    if (!related.has(a)) related.set(a, new Set());
    related.get(a)!.add(b);
  };
  for (const { code, targets } of declarations) {
    for (const target of targets) {
      link(code, target);
      link(target, code);
    }
  }
  return new Map([...related].map(([code, set]) => [code, [...set].sort((a, b) => a - b)]));
}

/** Targets that do not exist, point to the code itself, or repeat a pair declared elsewhere. */
export function relationProblems(
  declarations: readonly Declaration[],
  exists: (code: number) => boolean,
): RelationProblem[] {
  const problems: RelationProblem[] = [];
  const seen = new Map<string, number>();
  for (const { code, targets } of declarations) {
    for (const target of targets) {
      if (target === code) {
        problems.push({ code, target, problem: 'a code cannot be related to itself' });
      } else if (!exists(target)) {
        problems.push({ code, target, problem: `${target} is not a documented code` });
      } else {
        const pair = [code, target].sort((a, b) => a - b).join('~');
        const firstOwner = seen.get(pair);
        if (firstOwner !== undefined) {
          problems.push({ code, target, problem: `the pair is already declared in ${firstOwner} (declare it once)` });
        } else {
          seen.set(pair, code);
        }
      }
    }
  }
  return problems;
}
