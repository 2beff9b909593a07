/**
 * The machine-readable export: /errors.json (every code), /errors/<code>.json
 * (one code's record) and their one JSON Schema, /errors.schema.json. The
 * records are declared once, as zod schemas; the TypeScript types and the
 * published JSON Schema are both derived from them, so the three cannot drift.
 */

import { z } from 'astro/zod';
import { CATEGORIES } from '../lib/content/categories';
import { localized } from '../i18n';
import { CLIENT_ACTIONS, CLIENT_ACTION_IDS, RETRY_POLICIES } from '../lib/content/client-actions';
import { errorFrontmatterSchema } from './error-code';
import { sourceSchema } from '../lib/content/source-schema';
import { OAUTH_ERROR_NAMES } from '../lib/content/oauth-errors';

/** Where the code record lives inside the published schema. */
export const CODE_RECORD_POINTER = '#/$defs/errorCode';

const codeNumber = z.int().nonnegative();
const httpUrl = z.url({ protocol: /^https?$/ });
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/** An array without repeated items: checked by zod, published as uniqueItems. */
const uniqueArray = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .refine((items) => new Set(items.map((i) => JSON.stringify(i))).size === items.length, 'items must be unique')
    .meta({ uniqueItems: true });

const guideLink = z.strictObject({
  url: httpUrl.describe('The guide section, as an absolute URL.'),
  guide: slug.describe('The guide, as in /guides/<guide>/.'),
  section: slug.describe("The section's permanent anchor."),
  title: z.string().min(1).describe("The section's title."),
  guideTitle: z.string().min(1).describe("The guide's title."),
});

export const exportedCodeSchema = z
  .strictObject({
    $schema: z.string().optional().describe('In /errors/<code>.json only: the schema of the document.'),
    code: codeNumber.describe('The error code, as returned in the "result" field.'),
    url: httpUrl.describe("The code's permanent page."),
    json: httpUrl.describe('This record on its own, as JSON.'),
    markdown: httpUrl.describe("The code's page as Markdown."),
    title: z.string().min(1).describe('A short readable title (not official).'),
    message: z.string().min(1).describe('The official message, verbatim.'),
    messageEn: z.string().min(1).describe('English rendering of the message (not official).'),
    category: z.enum(CATEGORIES.map((c) => c.slug)),
    categoryTitle: z.enum(CATEGORIES.map((c) => localized(c, 'title'))),
    action: z.enum(CLIENT_ACTION_IDS).nullable().describe('What a client should do; null for success.'),
    actionLabel: z.string().min(1).nullable(),
    nextStep: z.string().min(1).optional().describe('What to do now, specific to this code (not official).'),
    status: z.enum(['active', 'retired']),
    reviewed: z.iso.date().describe("When the page's text was last checked against its sources (YYYY-MM-DD)."),
    subjects: uniqueArray(z.string().regex(/^[a-z0-9-]+$/))
      .min(1)
      .describe(
        'What the code is about (ids of the subjects in content/lexicon.yaml, e.g. "redirect-uri"); the search ranks by them.',
      ),
    problems: uniqueArray(z.string().regex(/^[a-z0-9-]+$/))
      .min(1)
      .describe('What went wrong with it (ids of the problems in content/lexicon.yaml, e.g. "invalid").'),
    oauthErrors: uniqueArray(z.enum(OAUTH_ERROR_NAMES)).describe('Closest standard OAuth errors, closest first.'),
    sameMeaning: uniqueArray(codeNumber),
    related: uniqueArray(codeNumber),
    guides: z.array(guideLink).describe('Guide sections that help, most helpful first.'),
    sources: z
      .array(sourceSchema)
      .describe("Public sources the page's claims rest on, as listed in the site's bibliography."),
    aliases: errorFrontmatterSchema.shape.aliases.describe('Other names this code goes by in responses and logs.'),
  })
  .meta({ id: 'errorCode', title: 'One WPS Open Platform global error code' });

export type ExportedCode = z.infer<typeof exportedCodeSchema>;

/** One value of a code's `action`: what it asks of a program, so a client can automate it. */
const clientActionSchema = z
  .strictObject({
    id: z.enum(CLIENT_ACTION_IDS).describe("The value of a code's action field."),
    label: z.string().min(1),
    labelEn: z.string().min(1),
    advice: z.string().min(1).describe('One sentence for a reader.'),
    adviceEn: z.string().min(1),
    contract: z.string().min(1).describe('What a program that automates this action does.'),
    contractEn: z.string().min(1),
    retry: z
      .enum(RETRY_POLICIES)
      .describe(
        'When a retry of the original request can succeed: once-after-renewal (once, right after a new token), after-reauthorization, after-fix (after the request or configuration changes), after-user-action, with-backoff, never (a person must resolve it).',
      ),
  })
  .meta({
    id: 'clientAction',
    title: "A client action: what a program does when a code carries it (this site's guidance)",
  });

export const errorsExportSchema = z.strictObject({
  $schema: z.string(),
  source: z.string(),
  note: z.string(),
  officialList: z
    .strictObject({
      received: z.iso
        .date()
        .describe('When the copy of the official list that every message quotes was received (YYYY-MM-DD).'),
      page: httpUrl.describe('Where WPS publishes the list.'),
      archive: sourceSchema.describe('A public copy of the page, to check the quoted text against.'),
    })
    .describe('The official list the messages are quoted from.'),
  count: z.int().nonnegative(),
  actions: z.array(clientActionSchema).describe("Every value of the codes' action field, with its contract."),
  codes: z.array(exportedCodeSchema),
});

export type ErrorsExport = z.infer<typeof errorsExportSchema>;

export function buildExport(
  codes: ExportedCode[],
  schemaUrl: string,
  officialList: ErrorsExport['officialList'],
): ErrorsExport {
  return {
    $schema: schemaUrl,
    source: 'WPS 开放平台「全局错误码」',
    note: "message is the official WPS text, verbatim; every other field is this site's guidance.",
    officialList,
    count: codes.length,
    actions: Object.values(CLIENT_ACTIONS),
    codes,
  };
}

/** One code's record as a document of its own (/errors/<code>.json). */
export function buildCodeDocument(record: ExportedCode, schemaUrl: string): ExportedCode {
  return { $schema: `${schemaUrl}${CODE_RECORD_POINTER}`, ...record };
}

/** The published JSON Schema (draft 2020-12); the code record is in $defs. */
export function exportSchema(schemaUrl: string) {
  const generated = z.toJSONSchema(errorsExportSchema, { target: 'draft-2020-12' });
  const { $schema, ...rest } = generated;
  return { $schema, $id: schemaUrl, title: 'WPS Open Platform global error codes', ...rest };
}
