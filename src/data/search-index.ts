// Imported as text so that the build bundles the lexicon: nothing reads the
// file system at render time. The loader has already checked it.
import lexiconText from '../../content/lexicon.yaml?raw';
import { summarizeMessage } from '../lib/content/message-summary';
import type { SearchIndex } from '../lib/search/search-index';
import { parseLexicon } from '../loaders/lexicon';
import { getCatalog } from './catalog';

/** What /lookup.json publishes for the search boxes (see src/lib/search/search-index.ts). */
export async function buildSearchIndex(): Promise<SearchIndex> {
  const { codes } = await getCatalog();
  const { lexicon, problems } = parseLexicon(lexiconText);
  if (!lexicon) throw new Error(problems.map((p) => `${p.file}: ${p.field ?? ''}: ${p.message}`).join('\n'));
  return {
    codes: codes.map((c) => c.code),
    aliases: codes.flatMap((c) =>
      (c.data.aliases ?? []).map((alias) => ({ text: alias.text, code: c.code, seen: alias.seen })),
    ),
    messages: codes.map((c) => ({ code: c.code, message: c.data.message })),
    titles: Object.fromEntries(codes.map((c) => [c.code, `${c.code} ${summarizeMessage(c.data.message)}`])),
    meaning: {
      lexicon: [...lexicon.terms, ...lexicon.phrasings.flatMap((family) => family.terms)],
      codes: codes.map((c) => ({ code: c.code, subjects: c.data.subjects, problems: c.data.problems })),
    },
  };
}
