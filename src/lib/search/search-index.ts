/**
 * What the search knows besides Pagefind's full-text index, published as
 * /lookup.json and fetched once, only when a reader uses a search box: the
 * documented codes, the other names they go by, their official messages and
 * titles, and what each is about with the lexicon that reads a query's
 * meaning.
 */
import type { AliasEntry } from './alias-match';
import type { CodeMeaning, LexiconTerm } from './meaning';
import type { MessageEntry } from './message-match';

export interface SearchIndex {
  codes: number[];
  aliases: AliasEntry[];
  messages: MessageEntry[];
  /** Each code's page title as results show it ("100014 access token 已过期"). */
  titles: Record<string, string>;
  /** The lexicon's rows as written (compiled where they are used: far smaller to send) and each code's meaning. */
  meaning: { lexicon: LexiconTerm[]; codes: CodeMeaning[] };
}

/** An index that knows nothing: what a search uses when /lookup.json cannot be read. */
export const EMPTY_SEARCH_INDEX: SearchIndex = {
  codes: [],
  aliases: [],
  messages: [],
  titles: {},
  meaning: { lexicon: [], codes: [] },
};
