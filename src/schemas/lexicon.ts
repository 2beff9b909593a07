import { z } from 'astro/zod';

const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected an id such as "redirect-uri"');
const vocabulary = z.record(
  id,
  z.strictObject({ label: z.string().trim().min(1), description: z.string().trim().min(1) }),
);

const termRow = z.strictObject({
  terms: z.array(z.string().trim().min(1)).min(1),
  subjects: z.array(id).optional(),
  problems: z.array(id).optional(),
  weight: z.number().positive().max(1).optional(),
  notAfter: z.array(z.string().trim().min(1)).optional(),
});

/**
 * content/lexicon.yaml: the vocabulary of subjects and problems that codes
 * declare, the words that name them, and other servers' phrasings, each
 * family with where it was seen. Strict, like every content file.
 */
export const lexiconSchema = z.strictObject({
  subjects: vocabulary,
  problems: vocabulary,
  terms: z.array(termRow).min(1),
  phrasings: z.array(z.strictObject({ seen: z.string().trim().min(1), terms: z.array(termRow).min(1) })),
});

export type Lexicon = z.infer<typeof lexiconSchema>;
