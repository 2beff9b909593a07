import { z } from 'astro/zod';
import { pastDate } from '../lib/content/calendar-date';
import { SOURCE_ID } from '../lib/content/source-schema';
import { changesSchema } from './changes';

/** Front matter of content/guides/<slug>.mdx. */
export const guideSchema = z.strictObject({
  /** The guide's title, shown as its heading and in link previews. */
  title: z.string().trim().min(1),
  /** One sentence for the guide list and the description meta. */
  summary: z.string().trim().min(1),
  /** Position in the guide list. */
  order: z.number().int().positive(),
  /** Ids of entries in content/sources.yaml that the guide's claims rest on. */
  sources: z.array(SOURCE_ID).optional(),
  /** When the guide's text was last checked against its sources (YYYY-MM-DD); shown as 最后核对. */
  reviewed: pastDate('the date the text was last checked against its sources'),
  /** What changed in the guide and when (see content/README.md). */
  changes: changesSchema,
});
