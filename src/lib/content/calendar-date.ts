import { z } from 'astro/zod';

/** A calendar date as the site writes it everywhere: YYYY-MM-DD. */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The date, as YYYY-MM-DD, of a Date read from YAML (midnight UTC). */
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** Today in UTC, as YYYY-MM-DD: a date after it cannot have happened yet. */
export const todayIso = () => isoDay(new Date());

/** YYYY-MM-DD naming a day that exists (not 2026-02-30). */
const isRealDay = (day: string) => {
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && isoDay(date) === day;
};

/**
 * A past date written in front matter or a data file, as YYYY-MM-DD. YAML
 * readers differ: the guides' reader turns an unquoted date into a Date, the
 * code files' reader keeps it as text; both come out as the same text.
 * `what` names the date in the error ("the date the text was last checked").
 */
export const pastDate = (what: string) => {
  const form = `must be a date written YYYY-MM-DD (${what})`;
  return z.preprocess(
    (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? isoDay(value) : value),
    z
      .string({ error: form })
      .regex(ISO_DATE, { error: form, abort: true })
      .refine(isRealDay, { error: `${form}; that day does not exist`, abort: true })
      .refine((day) => day <= todayIso(), {
        error: (issue) => `${String(issue.input)} is in the future; ${what} cannot be after today (${todayIso()})`,
      }),
  );
};
