// Imported as text so that the build bundles the lexicon: nothing reads the
// file system at render time. The loader has already checked it.
import lexiconText from '../../content/lexicon.yaml?raw';
import { summarizeMessage } from '../lib/content/message-summary';
import type { SearchIndex } from '../lib/search/search-index';
import { parseLexicon } from '../loaders/lexicon';
import { getCatalog } from './catalog';

/** The lexicon, parsed once per build. */
function lexicon() {
  const { lexicon: parsed, problems } = parseLexicon(lexiconText);
  if (!parsed) throw new Error(problems.map((p) => `${p.file}: ${p.field ?? ''}: ${p.message}`).join('\n'));
  return parsed;
}

/** The labels of a code's subjects and problems, as its page shows them ("redirect_uri / 回调地址"). */
export function meaningLabels(subjects: readonly string[], problems: readonly string[]) {
  const { subjects: allSubjects, problems: allProblems } = lexicon();
  return {
    subjects: subjects.map((id) => allSubjects[id].label),
    problems: problems.map((id) => allProblems[id].label),
  };
}

/** What /lookup.json publishes for the search boxes (see src/lib/search/search-index.ts). */
export async function buildSearchIndex(): Promise<SearchIndex> {
  const { codes } = await getCatalog();
  const { terms, phrasings } = lexicon();
  return {
    codes: codes.map((c) => c.code),
    aliases: codes.flatMap((c) =>
      (c.data.aliases ?? []).map((alias) => ({ text: alias.text, code: c.code, seen: alias.seen })),
    ),
    messages: codes.map((c) => ({ code: c.code, message: c.data.message })),
    titles: Object.fromEntries(codes.map((c) => [c.code, `${c.code} ${summarizeMessage(c.data.message)}`])),
    meaning: {
      lexicon: [...terms, ...phrasings.flatMap((family) => family.terms)],
      codes: codes.map((c) => ({ code: c.code, subjects: c.data.subjects, problems: c.data.problems })),
    },
  };
}
