/**
 * Neighbours of a code within its category: the previous and next documented
 * codes of the same range. For a documented code these are the pages beside
 * it; for an undocumented number they are the nearest codes that do exist.
 */

import { categoryOf } from './categories';

export interface Neighbours {
  previous?: number;
  next?: number;
}

export function neighboursInCategory(code: number, documented: readonly number[]): Neighbours {
  const category = categoryOf(code);
  if (!category?.range) return {};
  const [low, high] = category.range;
  const neighbours: Neighbours = {};
  for (const other of documented) {
    if (other < low || other > high || other === code) continue;
    if (other < code && (neighbours.previous === undefined || other > neighbours.previous)) neighbours.previous = other;
    if (other > code && (neighbours.next === undefined || other < neighbours.next)) neighbours.next = other;
  }
  return neighbours;
}
