/**
 * A table lookup with a key the reader typed or pasted. A plain object
 * answers "constructor", "toString" or "__proto__" from its prototype, so
 * `table[key] ?? fallback` would hand a function or an object to code that
 * expects a value from the table: a search for "constructor" failed that
 * way. Only the table's own entries count.
 */
export function ownEntry<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
