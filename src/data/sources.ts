// Imported as text so that the build bundles the bibliography: nothing reads
// the file system at render time.
import sourcesText from '../../content/sources.yaml?raw';
import { formatProblem } from '../lib/content/file-problem';
import { normalizeText } from '../loaders/content-reader';
import { citedSources, parseSources, SOURCE_KIND_LABELS, type Source } from '../lib/content/sources';

// Read as every content file is: a BOM and CRLF line endings are accepted.
const { sources, problems } = parseSources(normalizeText(sourcesText));
if (problems.length) throw new Error(problems.map(formatProblem).join('\n'));

/** Every entry of content/sources.yaml, in file order. */
export const allSources: readonly Source[] = sources;

export type CitedSource = Source & { kindLabel: string };

/** The entries a page cites, each with the label of its kind. */
export function sourcesFor(ids: readonly string[]): CitedSource[] {
  return citedSources(ids, sources).map((s) => ({ ...s, kindLabel: SOURCE_KIND_LABELS[s.kind] }));
}
