import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { errorCodesLoader } from './loaders/error-codes';
import { errorEntrySchema } from './schemas/error-code';
import { guideSchema } from './schemas/guide';

/** One entry per official global error code, from content/errors/<code>.md. */
const errors = defineCollection({
  // The loader validates each file against this schema's front-matter part,
  // once; the schema here types the collection.
  loader: errorCodesLoader({ directory: 'content/errors', guides: 'content/guides' }),
  schema: errorEntrySchema,
});

/** Remediation guides, from content/guides/<slug>.mdx. */
const guides = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/guides' }),
  schema: guideSchema,
});

export const collections = { errors, guides };
