import { z } from 'astro/zod';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date written YYYY-MM-DD that exists (2026-02-30 does not). */
const isRealDate = (value: string) =>
  DATE.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);

/**
 * The `changes` field of a code file or a guide: what changed on the page and
 * when, shown on /changes/ and in /changes.xml. A date may be written bare
 * (YAML parsers that read it as a date are accepted) or quoted.
 */
export const changesSchema = z
  .array(
    z.strictObject({
      /** The day the change was published, YYYY-MM-DD. */
      date: z.preprocess(
        (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
        z.string().refine(isRealDate, 'must be a date written YYYY-MM-DD, e.g. 2026-12-02'),
      ),
      /** One sentence saying what changed, in the site's language. */
      note: z.string().trim().min(1).max(120, 'must be at most 120 characters: one sentence'),
      /** The anchor of the section that changed (e.g. "fix"), if the change is in one section. */
      section: z
        .string()
        .regex(/^[a-z0-9-]+$/, 'expected a section anchor such as "fix"')
        .optional(),
    }),
  )
  .optional();

export type PageChange = NonNullable<z.infer<typeof changesSchema>>[number];
