import { z } from 'astro/zod';

/** What kind of publication a source is; the page prints it beside the link. */
export const SOURCE_KINDS = [
  'official-wps',
  'standard',
  'official-qq-connect',
  'sdk',
  'third-party-notes',
  'mirror',
] as const;

export type SourceKind = (typeof SOURCE_KINDS)[number];

/** The id pages use in their `sources` field. */
export const SOURCE_ID = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a source id such as "rfc6749"');

/** One entry of content/sources.yaml. Strict: an unknown key is a typo. */
export const sourceSchema = z.strictObject({
  /** Permanent id, cited by the `sources` field of code pages and guides. */
  id: SOURCE_ID,
  /** The source's own title, as it publishes it. */
  title: z.string().trim().min(1),
  /** The public address a reader can open. */
  address: z.url({ protocol: /^https?$/, error: 'expected an http(s) address' }),
  /** Official WPS page, standard, QQ Connect page, SDK code, third-party notes or a mirror. */
  kind: z.enum(SOURCE_KINDS),
});

export type Source = z.infer<typeof sourceSchema>;

/** content/sources.yaml: the bibliography, a list of entries. */
export const sourcesFileSchema = z.array(sourceSchema).min(1);
