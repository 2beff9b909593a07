/**
 * content/official-list.yaml: the one place that says when our copy of the
 * official list was received and where the list and its public archive are.
 * Parsed and checked here, with the file and the field named, because every
 * code page and the export show it.
 */

import { parse as parseYaml } from 'yaml';
import { officialListSchema, type OfficialListRecord } from './official-list-schema';
import type { FileProblem } from './file-problem';
import type { Source } from './sources';

export const OFFICIAL_LIST_FILE = 'content/official-list.yaml';

/** The record with its archive resolved to the bibliography entry. */
export interface OfficialListInfo {
  received: string;
  page: string;
  archive: Source;
}

export function parseOfficialListRecord(
  text: string,
  sources: readonly Source[],
  file = OFFICIAL_LIST_FILE,
): { info?: OfficialListInfo; problems: FileProblem[] } {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (error) {
    return { problems: [{ file, message: `invalid YAML: ${(error as Error).message}` }] };
  }
  const parsed = officialListSchema.safeParse(raw ?? {}, { reportInput: true });
  if (!parsed.success) {
    return {
      problems: parsed.error.issues.map((issue) => ({
        file,
        field: issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : issue.path.join('.') || undefined,
        message:
          issue.code === 'unrecognized_keys'
            ? 'unknown field (allowed: received, page, archive)'
            : issue.input === undefined
              ? 'is required'
              : issue.message,
      })),
    };
  }
  const record: OfficialListRecord = parsed.data;
  const archive = sources.find((s) => s.id === record.archive);
  if (!archive) {
    return {
      problems: [{ file, field: 'archive', message: `"${record.archive}" is not an id in content/sources.yaml` }],
    };
  }
  return { info: { received: record.received, page: record.page, archive }, problems: [] };
}
