import { z } from 'astro/zod';
import { CLIENT_ACTION_IDS } from '../lib/content/client-actions';
import { ERROR_SECTIONS, type ErrorSection } from '../lib/content/error-sections';
import { GUIDE_REF_PATTERN } from '../lib/content/guide-refs';
import { OAUTH_ERROR_NAMES } from '../lib/content/oauth-errors';
import { pastDate } from '../lib/content/calendar-date';
import { changesSchema } from './changes';

const code = z.number().int().nonnegative();

/** The title sits beside the code in the <h1>, so it has to stay a short heading. */
export const TITLE_MAX_LENGTH = 30;

/** What an alias is: a symbolic name in responses, the English wording of a table, or another phrasing. */
export const ALIAS_KINDS = ['symbolic', 'english', 'phrasing'] as const;

/** Where an alias was seen: in WPS responses, or in QQ Connect's table that the 1000xx block mirrors. */
export const ALIAS_SEEN = ['wps', 'qq-connect'] as const;

/**
 * Front matter of content/errors/<code>.md. Strict: an unknown key fails the
 * build, so a typo never silently drops a field. The code itself and its
 * category are not fields: both follow from the file name.
 */
export const errorFrontmatterSchema = z.strictObject({
  /** The official message, verbatim from the WPS list. */
  message: z.string().trim().min(1),
  /** What the code is about, from the vocabulary of content/lexicon.yaml: the search ranks by it. */
  subjects: z.array(z.string().regex(/^[a-z0-9-]+$/, 'expected a subject id such as "redirect-uri"')).min(1),
  problems: z.array(z.string().regex(/^[a-z0-9-]+$/, 'expected a problem id such as "invalid"')).min(1),
  /** Our English rendering of the official message. */
  messageEn: z.string().trim().min(1),
  /** A short readable Chinese title for the <h1> (our words, not the official text); required on every code. */
  title: z
    .string()
    .trim()
    .min(1)
    .max(TITLE_MAX_LENGTH, `must be at most ${TITLE_MAX_LENGTH} characters: a short heading`),
  /** One sentence, specific to this code, saying what to do now (our advice); required except on code 0. */
  nextStep: z.string().trim().min(1).optional(),
  /** Ids of entries in content/sources.yaml that this page's claims rest on. */
  sources: z.array(z.string().regex(/^[a-z0-9-]+$/, 'expected a source id such as "rfc6749"')).optional(),
  /**
   * Other names this code goes by, each with where it was seen. `seen: wps`:
   * in WPS responses or logs (`source` cites where; without one the page says
   * developers report it). `seen: qq-connect`: the wording of QQ Connect's
   * own return-code table, which the 1000xx block mirrors; never a WPS
   * response, so it must cite the QQ page it comes from. `source` is an id
   * in content/sources.yaml that the page also lists in `sources`.
   */
  aliases: z
    .array(
      z
        .strictObject({
          text: z.string().trim().min(1),
          kind: z.enum(ALIAS_KINDS),
          seen: z.enum(ALIAS_SEEN, {
            error: "must be wps (seen in WPS responses or logs) or qq-connect (the wording of QQ Connect's own table)",
          }),
          source: z
            .string()
            .regex(/^[a-z0-9-]+$/)
            .optional(),
        })
        .refine((alias) => alias.seen !== 'qq-connect' || alias.source !== undefined, {
          message: 'a QQ Connect wording must cite its source (e.g. source: qq-connect-return-codes)',
          path: ['source'],
        }),
    )
    .optional(),
  /** What a client should do; required for every code except 0. */
  action: z.enum(CLIENT_ACTION_IDS).optional(),
  /** Closest standard OAuth error names, closest first. */
  oauthErrors: z.array(z.enum(OAUTH_ERROR_NAMES)).optional(),
  /** Guide sections that help, as "<guide-slug>#<section-id>". */
  guides: z.array(z.string().regex(GUIDE_REF_PATTERN, 'expected "<guide-slug>#<section-id>"')).optional(),
  /** Codes with the same meaning; declared on one side of each pair only. */
  sameMeaning: z.array(code).optional(),
  /** Codes worth reading next; declared on one side of each pair only. */
  related: z.array(code).optional(),
  /** Hidden search terms: synonyms, colloquial phrasings, English keywords. */
  keywords: z.array(z.string().trim().min(1)).min(3),
  /** When the page's text was last checked against its sources (YYYY-MM-DD); shown as 最后核对. */
  reviewed: pastDate('the date the text was last checked against its sources'),
  /** A code is never deleted; a retired one keeps its page. */
  status: z.enum(['active', 'retired']).default('active'),
  /** What changed on the page and when, newest or oldest first (the feed sorts them). */
  changes: changesSchema,
});

export type ErrorFrontmatter = z.infer<typeof errorFrontmatterSchema>;

/** Rendered HTML of each written section: required where every page has it. */
const sectionHtml = Object.fromEntries(
  ERROR_SECTIONS.map((s) => [s.id, s.onSuccessPage ? z.string() : z.string().optional()]),
) as { [S in ErrorSection as S['id']]: S['onSuccessPage'] extends true ? z.ZodString : z.ZodOptional<z.ZodString> };

/** What the errors collection stores for each code. */
export const errorEntrySchema = errorFrontmatterSchema.extend({
  code,
  /** Rendered HTML of each body section, keyed by its anchor id. */
  sections: z.object(sectionHtml),
});
