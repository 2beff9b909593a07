/**
 * Reading a field that exists in two languages, by the content convention:
 * `<field>` holds the default edition's text, `<field>En` the English one.
 * Kept apart from the tables so that a browser script can read a record's
 * field without carrying the whole locale table.
 */
import { SITE_LOCALE, type Locale } from './locales';

/** A record whose `field` is written in both languages, both required. */
export type Bilingual<K extends string> = Record<K | `${K}En`, string>;

function fieldIn(record: object, field: string, suffix: Locale['fieldSuffix']): string | undefined {
  const value = (record as Record<string, unknown>)[`${field}${suffix}`];
  return typeof value === 'string' ? value : undefined;
}

/**
 * A field in the language of the edition being built. A record that
 * requires both languages always has it, so the type says so.
 */
export function localized<K extends string>(record: Bilingual<NoInfer<K>>, field: K): string;
export function localized(record: object, field: string): string | undefined;
export function localized(record: object, field: string): string | undefined {
  return fieldIn(record, field, SITE_LOCALE.fieldSuffix);
}

/**
 * A field's English rendering whatever the edition: for the English shown
 * beside the site's own text (a subtitle, a tooltip).
 */
export function inEnglish<K extends string>(record: Bilingual<NoInfer<K>>, field: K): string {
  return fieldIn(record, field, 'En')!;
}
