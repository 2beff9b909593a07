import { z } from 'astro/zod';
import { pastDate } from './calendar-date';
import { SOURCE_ID } from './source-schema';

/** content/official-list.yaml: when the official list was received, and where it can be checked. */
export const officialListSchema = z.strictObject({
  received: pastDate('the date the copy of the official list was received'),
  page: z.url({ protocol: /^https?$/, error: 'expected an http(s) address' }),
  archive: SOURCE_ID,
});

export type OfficialListRecord = z.infer<typeof officialListSchema>;
