/**
 * The bibliography (content/sources.yaml): parsing, checking and the labels
 * pages print. Every claim a page makes about WPS behaviour rests on one of
 * these entries, so a broken file must stop the build with the field named.
 */

import { parse as parseYaml } from 'yaml';
import { t } from '../../i18n';
import { sourcesFileSchema, type Source, type SourceKind } from './source-schema';
import type { FileProblem } from './file-problem';

export type { Source, SourceKind };

/** How a page names each kind of source beside its link. */
export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  'official-wps': t('sources.kindOfficialWps'),
  standard: t('sources.kindStandard'),
  'official-qq-connect': t('sources.kindOfficialQqConnect'),
  sdk: t('sources.kindSdk'),
  'third-party-notes': t('sources.kindThirdPartyNotes'),
  mirror: t('sources.kindMirror'),
};

export const SOURCES_FILE = 'content/sources.yaml';

/** What the 依据 section says before its list, and instead of it when a page cites nothing. */
export const SOURCES_INTRO = t('sources.intro');
export const NO_SOURCES_NOTE = t('sources.none');
export const SOURCES_HEADING = t('section.sources');

/** Parses the bibliography; `problems` name the file and the entry's field (e.g. `[3].address`). */
export function parseSources(text: string, file = SOURCES_FILE): { sources: Source[]; problems: FileProblem[] } {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (error) {
    return { sources: [], problems: [{ file, message: `invalid YAML: ${(error as Error).message}` }] };
  }
  const parsed = sourcesFileSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      sources: [],
      problems: parsed.error.issues.map((issue) => ({
        file,
        field: fieldPath(issue.path, issue.code === 'unrecognized_keys' ? issue.keys : []),
        message:
          issue.code === 'unrecognized_keys' ? 'unknown field (allowed: id, title, address, kind)' : issue.message,
      })),
    };
  }
  const problems: FileProblem[] = [];
  const seen = new Set<string>();
  parsed.data.forEach(({ id }, i) => {
    if (seen.has(id)) problems.push({ file, field: `[${i}].id`, message: `duplicate id "${id}"` });
    seen.add(id);
  });
  return { sources: parsed.data, problems };
}

function fieldPath(path: readonly PropertyKey[], keys: readonly string[]): string {
  const parts = [...path, ...keys.slice(0, 1)];
  if (!parts.length) return 'file';
  return parts
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');
}

/** The entries a page cites, in the page's order; throws on an id the loader would have rejected. */
export function citedSources(ids: readonly string[], sources: readonly Source[]): Source[] {
  const byId = new Map(sources.map((s) => [s.id, s]));
  return ids.map((id) => {
    const source = byId.get(id);
    if (!source) throw new Error(`unknown source "${id}" (not in ${SOURCES_FILE})`);
    return source;
  });
}

/**
 * The sites the bibliography's addresses are on (`https://open.wps.cn`): the
 * only sites a content body may link to.
 */
export function sourceOrigins(sources: readonly Pick<Source, 'address'>[]): Set<string> {
  return new Set(sources.map((s) => new URL(s.address).origin));
}
