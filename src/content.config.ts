import { defineCollection } from 'astro:content';
import { ERRORS_FOLDER, GUIDES_FOLDER } from './loaders/content-reader';
import { errorCodesLoader } from './loaders/error-codes';
import { guidesLoader } from './loaders/guides';
import { errorEntrySchema } from './schemas/error-code';
import { guideSchema } from './schemas/guide';

/** One entry per official global error code, from content/errors/<code>.md. */
const errors = defineCollection({
  // The loader validates each file against this schema's front-matter part,
  // once; the schema here types the collection.
  loader: errorCodesLoader({ errors: ERRORS_FOLDER, guides: GUIDES_FOLDER }),
  schema: errorEntrySchema,
});

/**
 * Remediation guides, from content/guides/<slug>.mdx: the same read of the
 * folder as the error-code loader's, so both see the same files.
 */
const guides = defineCollection({
  loader: guidesLoader(GUIDES_FOLDER),
  schema: guideSchema,
});

export const collections = { errors, guides };
