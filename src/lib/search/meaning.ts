/**
 * What a query is about. Error messages from any server name a subject (the
 * redirect URI, the client secret, a file name) and a problem (invalid,
 * missing, already exists) in their own words; the lexicon
 * (content/lexicon.yaml) maps those words to a small vocabulary, and every
 * code declares its own subjects and problems from it. A query is scored
 * against each code by what they share, so a wording nobody has met before
 * still finds its code as long as its words for the subject and the problem
 * are in the lexicon.
 */

/** One row of the lexicon: words or phrases that name subjects, problems or both. */
export interface LexiconTerm {
  terms: readonly string[];
  subjects?: readonly string[];
  problems?: readonly string[];
  /** How much the words say on their own (1 when absent). */
  weight?: number;
  /** Words that, right before the term, mean it is not this subject ("error code"). */
  notAfter?: readonly string[];
}

/** The lexicon as shipped to the browser: each term already in its matching form. */
export interface CompiledLexicon {
  /** Latin phrases, keyed by their first word (a Map: a typed word is never an object's own key). */
  latin: Map<string, CompiledTerm[]>;
  /** Chinese terms (matched anywhere in a run of Chinese), longest first. */
  cjk: CompiledTerm[];
}

export interface CompiledTerm {
  /** The matching form: space-separated words, or a run of Chinese characters. */
  key: string;
  subjects: string[];
  problems: string[];
  weight: number;
  notAfter?: string[];
}

/** A code's declared subjects and problems. */
export interface CodeMeaning {
  code: number;
  subjects: readonly string[];
  problems: readonly string[];
}

/** What a query names, each subject and problem with the weight of its strongest word. */
export interface QueryMeaning {
  subjects: Map<string, number>;
  problems: Map<string, number>;
}

const HAN = /\p{Script=Han}/u;
/** Pasted text beyond this adds nothing and would only slow the matching. */
const MAX_MEANING_INPUT = 2_000;

/** A Latin word in the form both sides are compared in: a final "s" does not matter. */
function stem(word: string): string {
  return word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
}

/**
 * The words of a text in matching form: JSON's \uXXXX escapes decoded, NFKC,
 * CamelCase, snake_case, kebab-case and dotted names split into words, Chinese
 * kept apart from Latin, lower case, stemmed. Chinese runs stay whole (their
 * terms are found inside them).
 */
export function meaningWords(text: string): string[] {
  const decoded = text
    .slice(0, MAX_MEANING_INPUT)
    .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .normalize('NFKC');
  const spaced = decoded
    // CamelCase and camelCase: "RedirectUriNotConfig", "nameAlreadyExists", "OAuthToken".
    .replace(/(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/g, ' ')
    // Chinese glued to Latin or digits: "invalid_scope是什么", "token过期".
    .replace(/(?<=\p{Script=Han})(?=[^\p{Script=Han}])|(?<=[^\p{Script=Han}])(?=\p{Script=Han})/gu, ' ')
    .toLowerCase();
  return spaced
    .split(/[^\p{L}\p{N}']+|'(?![a-z])|(?<![a-z])'/u)
    .filter(Boolean)
    .map((word) => (HAN.test(word) ? word : stem(word)));
}

/** The matching form of a lexicon term: its words joined by one space. */
export function termKey(term: string): string {
  return meaningWords(term).join(' ');
}

/** Compiles the lexicon's rows for matching; done once at build time. */
export function compileLexicon(rows: readonly LexiconTerm[]): CompiledLexicon {
  const latin = new Map<string, CompiledTerm[]>();
  const cjk: CompiledTerm[] = [];
  for (const row of rows) {
    for (const term of row.terms) {
      const key = termKey(term);
      if (!key) continue;
      const compiled: CompiledTerm = {
        key,
        subjects: [...(row.subjects ?? [])],
        problems: [...(row.problems ?? [])],
        weight: row.weight ?? 1,
        ...(row.notAfter ? { notAfter: row.notAfter.map(termKey) } : {}),
      };
      const first = key.split(' ')[0];
      const han = HAN.test(key) && !key.includes(' ');
      if (!han && !latin.has(first)) latin.set(first, []);
      const list = han ? cjk : latin.get(first)!;
      const same = list.find((t) => t.key === key);
      // The same words in two rows name everything both rows name.
      if (same) merge(same, compiled);
      else list.push(compiled);
    }
  }
  for (const list of latin.values()) list.sort((a, b) => b.key.length - a.key.length);
  cjk.sort((a, b) => b.key.length - a.key.length);
  return { latin, cjk };
}

function merge(into: CompiledTerm, from: CompiledTerm): void {
  into.subjects = [...new Set([...into.subjects, ...from.subjects])];
  into.problems = [...new Set([...into.problems, ...from.problems])];
  into.weight = Math.max(into.weight, from.weight);
  if (from.notAfter) into.notAfter = [...new Set([...(into.notAfter ?? []), ...from.notAfter])];
}

/** Words that, right before a subject, say it is absent: "no client id supplied", "without refresh token". */
const ABSENT_BEFORE = new Set(['no', 'without', 'missing']);
/** Latin words at least this long are matched despite one typo ("refesh token"). */
const MIN_FUZZY_LENGTH = 5;

/** True when two words differ by one edit (a letter left out, added, changed or two swapped). */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length)
    return (
      a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2))
    );
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** The lexicon's first word that a misspelt word stands for, if exactly one is one edit away. */
function correctedWord(word: string, lexicon: CompiledLexicon): string | undefined {
  if (word.length < MIN_FUZZY_LENGTH || lexicon.latin.has(word) || !/^[a-z]+$/.test(word)) return undefined;
  const near = [...lexicon.latin.keys()].filter((key) => key.length >= MIN_FUZZY_LENGTH && oneEditApart(word, key));
  return near.length === 1 ? near[0] : undefined;
}

/** The terms a text contains: longest first, a word used by one term only. */
export function matchTerms(text: string, lexicon: CompiledLexicon): CompiledTerm[] {
  const words = meaningWords(text).map((word) => correctedWord(word, lexicon) ?? word);
  const found: CompiledTerm[] = [];
  for (let i = 0; i < words.length;) {
    const word = words[i];
    if (HAN.test(word)) {
      found.push(...matchHan(word, lexicon.cjk));
      i++;
      continue;
    }
    const match = (lexicon.latin.get(word) ?? []).find((term) => {
      const parts = term.key.split(' ');
      if (!parts.every((part, k) => words[i + k] === part)) return false;
      return !term.notAfter?.includes(words[i - 1] ?? '');
    });
    if (match) {
      found.push(
        match.subjects.length && ABSENT_BEFORE.has(words[i - 1] ?? '') && !match.problems.includes('missing')
          ? { ...match, problems: [...match.problems, 'missing'] }
          : match,
      );
      i += match.key.split(' ').length;
    } else i++;
  }
  return found;
}

/** Chinese terms inside one run of Chinese text, longest first, without overlaps. */
function matchHan(run: string, terms: readonly CompiledTerm[]): CompiledTerm[] {
  const taken = new Array<boolean>(run.length).fill(false);
  const found: CompiledTerm[] = [];
  for (const term of terms) {
    let from = 0;
    for (;;) {
      const at = run.indexOf(term.key, from);
      if (at < 0) break;
      from = at + 1;
      if (taken.slice(at, at + term.key.length).some(Boolean)) continue;
      taken.fill(true, at, at + term.key.length);
      found.push(term);
      break;
    }
  }
  return found;
}

/** The subjects and problems a query names, each with the weight of its strongest word. */
export function queryMeaning(text: string, lexicon: CompiledLexicon): QueryMeaning {
  const subjects = new Map<string, number>();
  const problems = new Map<string, number>();
  const keep = (map: Map<string, number>, id: string, weight: number) =>
    map.set(id, Math.max(map.get(id) ?? 0, weight));
  for (const term of matchTerms(text, lexicon)) {
    for (const id of term.subjects) keep(subjects, id, term.weight);
    for (const id of term.problems) keep(problems, id, term.weight);
  }
  return { subjects, problems };
}

/** A code that shares both a subject and a problem with the query is what the query is about. */
const BOTH_BONUS = 1;
/** A problem alone ("invalid", "失败") says less than a subject alone. */
const PROBLEM_SHARE = 0.6;

/**
 * How well each code fits the query's meaning: the strongest shared subject,
 * plus a share of the strongest shared problem, plus a bonus when both are
 * shared. Codes that share nothing are left out. A code's subjects are all
 * part of what it is about (100027: the server failed to record the user's
 * consent), so a code counts less when the query names only some of them;
 * its problems are alternatives (a refresh token invalid, expired or
 * revoked), so any one is enough.
 */
export function meaningScores(meaning: QueryMeaning, codes: readonly CodeMeaning[]): Map<number, number> {
  const scores = new Map<number, number>();
  if (!meaning.subjects.size && !meaning.problems.size) return scores;
  for (const { code, subjects, problems } of codes) {
    const named = subjects.filter((id) => meaning.subjects.has(id)).length;
    const coverage = subjects.length ? Math.sqrt(named / subjects.length) : 0;
    const subject = coverage * Math.max(0, ...subjects.map((id) => meaning.subjects.get(id) ?? 0));
    const problem = Math.max(0, ...problems.map((id) => meaning.problems.get(id) ?? 0));
    if (!subject && !problem) continue;
    scores.set(
      code,
      subject + PROBLEM_SHARE * problem + (subject && problem ? BOTH_BONUS * Math.min(subject, problem) : 0),
    );
  }
  return scores;
}
