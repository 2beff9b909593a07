/**
 * House-style checks over the prose of the content corpus: full-width
 * punctuation in Chinese sentences, Chinese quotation marks, the glossary of
 * preferred terms (content/README.md), no sentence copied word for word
 * into more than two files, and no paraphrase passed off as official text. Official text and code are exempt: they are
 * quoted verbatim. The same rules read the short texts a reader sees first
 * (titles, next steps, aliases, guide summaries, the code-family and
 * diagnosis strings). Every problem names its file, line and field.
 */

export interface LintFile {
  /** Path as the author sees it, e.g. content/errors/120012.md. */
  file: string;
  /** The whole file. */
  text: string;
  /** The 1-based line its body starts on, after the front matter (src/loaders/content-reader.ts finds it). */
  bodyLine: number;
}

export type LintRule = 'punctuation' | 'quotes' | 'glossary' | 'repeated' | 'official-quote' | 'official-claim';

export interface LintProblem {
  file: string;
  line: number;
  /** The short field the problem is in (`title`, `aliases[0].text`, a string's key); absent for the body. */
  field?: string;
  rule: LintRule;
  message: string;
}

/**
 * A short text outside the body: a front-matter field (`title`, `nextStep`,
 * an alias, a guide's `summary`) or an interface string a reader sees as
 * content (the code families, the diagnosis). `line` is where it is written.
 */
export interface ShortText {
  file: string;
  line: number;
  field: string;
  text: string;
  /** Our advice (a next step, a title): it may not speak for WPS at all, so "官方" is refused. */
  advice?: boolean;
}

export interface GlossaryTerm {
  /** The word to write. */
  preferred: string;
  /** Words that mean the same and are not to be written. */
  avoid: string[];
}

export interface LintOptions {
  glossary: readonly GlossaryTerm[];
  /** Official messages: a quotation of one of them keeps its own punctuation. */
  officialTexts: readonly string[];
  /** A sentence shorter than this (in characters) may repeat freely. */
  minRepeatedLength?: number;
}

export const formatLintProblem = ({ file, line, field, rule, message }: LintProblem) =>
  `${file}:${line}: [${rule}] ${field ? `${field}: ` : ''}${message}`;

const HAN = /\p{Script=Han}/u;
/** Half-width punctuation and its full-width form in Chinese prose. */
const FULL_WIDTH: Record<string, string> = {
  ',': '，',
  ':': '：',
  ';': '；',
  '(': '（',
  ')': '）',
  '?': '？',
  '!': '！',
};
const HALF_WIDTH = /[,:;()?!]/g;
/** Stands in for removed code or official text: neither Han nor punctuation. */
const NEUTRAL = 'x';

/** One line of prose, with what the rules must not see already blanked out. */
interface ProseLine {
  line: number;
  text: string;
}

/** Inline code and URLs are not prose. */
const withoutCodeAndUrls = (text: string) =>
  text.replace(/`[^`]*`/g, NEUTRAL).replace(/https?:\/\/[^\s)）>]*/g, NEUTRAL);

/** A quotation of official text keeps its own punctuation. */
const withoutOfficialQuotes = (text: string, officialTexts: readonly string[]) =>
  text.replace(/“([^”]*)”|"([^"]*)"|「([^」]*)」/g, (whole, a?: string, b?: string, c?: string) => {
    const inner = (a ?? b ?? c ?? '').trim();
    return inner && officialTexts.some((t) => t.includes(inner)) ? NEUTRAL : whole;
  });

/**
 * A short text as prose: code, URLs, endpoint paths, `{placeholder}`s of
 * interface strings and quotations of official text are removed, as in a body.
 */
export const shortProse = (text: string, officialTexts: readonly string[]) =>
  withoutOfficialQuotes(
    withoutCodeAndUrls(text)
      .replace(/\{[\w.]+\}/g, NEUTRAL)
      // A short field is printed as plain text, so an endpoint path is written without backticks.
      .replace(/(?<![\w.])\/[\w.-]+(?:\/[\w.{}-]*)+/g, NEUTRAL),
    officialTexts,
  );

/**
 * The prose lines of a Markdown or MDX file from `bodyLine` on (before it is
 * the front matter): fenced code,
 * inline code, URLs, tags (their attribute values are kept) and quotations
 * of official text are removed.
 */
export function proseLines(text: string, officialTexts: readonly string[], bodyLine = 1): ProseLine[] {
  const lines = text.split(/\r?\n/);
  const result: ProseLine[] = [];
  let i = bodyLine - 1;
  let inFence = false;
  for (; i < lines.length; i++) {
    const raw = lines[i];
    if (/^\s*(```|~~~)/.test(raw)) {
      inFence = !inFence;
      continue;
    }
    if (inFence || /^\s*(import|export)\s/.test(raw)) continue;
    const prose = withoutCodeAndUrls(raw)
      .replace(/\s[\w-]+=\{[^}]*\}/g, ' ')
      // Attribute values in Chinese are prose (titles); ids and kinds are not.
      .replace(/\s[\w-]+="([^"]*)"/g, (_, value: string) => (HAN.test(value) ? ` ${value} ` : ' '))
      .replace(/<\/?[A-Za-z][\w.]*|\/?>/g, ' ');
    result.push({ line: i + 1, text: withoutOfficialQuotes(prose, officialTexts) });
  }
  return result;
}

/** "官方原文写道“…”" promises the official words: the quotation must be one. */
const OFFICIAL_QUOTE = /官方原文(?:写道|写作|只写了|只写道|只有)“([^”]*)”/g;

function officialQuoteProblems(
  file: string,
  raw: string,
  line: number,
  officialTexts: readonly string[],
): LintProblem[] {
  return [...raw.matchAll(OFFICIAL_QUOTE)]
    .filter((m) => !officialTexts.some((t) => t.includes(m[1])))
    .map((m) => ({
      file,
      line,
      rule: 'official-quote' as const,
      message: `“${m[1]}” is presented as official text but is not in any official message; quote it verbatim or drop "官方原文"`,
    }));
}

function punctuationProblems(file: string, { line, text }: ProseLine): LintProblem[] {
  const problems: LintProblem[] = [];
  for (const match of text.matchAll(HALF_WIDTH)) {
    const before = text.slice(0, match.index).trimEnd().slice(-1);
    const after = text
      .slice(match.index + 1)
      .trimStart()
      .slice(0, 1);
    if (HAN.test(before) || HAN.test(after)) {
      problems.push({
        file,
        line,
        rule: 'punctuation',
        message: `half-width "${match[0]}" in Chinese prose; write "${FULL_WIDTH[match[0]]}"`,
      });
    }
  }
  return problems;
}

function quoteProblems(file: string, { line, text }: ProseLine): LintProblem[] {
  const problems: LintProblem[] = [];
  for (const match of text.matchAll(/"([^"\n]*)"|'([^'\n]*)'/g)) {
    if (HAN.test(match[1] ?? match[2] ?? '')) {
      problems.push({
        file,
        line,
        rule: 'quotes',
        message: `ASCII quotes around Chinese (${match[0]}); write “…” instead`,
      });
    }
  }
  return problems;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Chinese words that end in a character an avoided word starts with: 刷新接口
 * (the refresh endpoint) contains 新接口 but is not one.
 */
const COMPOUNDS = ['刷新', '更新', '重新', '最新', '创新'];

/** A Latin word matches as a whole word, case-insensitively; a Chinese word unless it is the tail of a compound. */
function avoidPattern(word: string): RegExp {
  if (/^[\x20-\x7e]+$/.test(word)) {
    return new RegExp(`(?<![A-Za-z0-9_])${escapeRegExp(word)}(?![A-Za-z0-9_])`, 'i');
  }
  const heads = COMPOUNDS.filter((c) => word.startsWith(c[1])).map((c) => c[0]);
  return new RegExp(`${heads.length ? `(?<![${heads.join('')}])` : ''}${escapeRegExp(word)}`);
}

function glossaryProblems(file: string, { line, text }: ProseLine, glossary: readonly GlossaryTerm[]): LintProblem[] {
  const problems: LintProblem[] = [];
  for (const { preferred, avoid } of glossary) {
    for (const word of avoid) {
      if (avoidPattern(word).test(text)) {
        problems.push({ file, line, rule: 'glossary', message: `"${word}": the glossary says "${preferred}"` });
      }
    }
  }
  return problems;
}

/** Sentences of a prose line, each ending at 。！？ or at the end of the line; list markers dropped. */
export function sentencesOf(text: string): string[] {
  const body = text.replace(/^\s*(?:[-*+]|\d+\.)\s+/, '').trim();
  return (body.match(/[^。！？]+[。！？]?/g) ?? []).map((s) => s.trim()).filter(Boolean);
}

function repeatedProblems(files: readonly { file: string; lines: ProseLine[] }[], minLength: number): LintProblem[] {
  const places = new Map<string, { file: string; line: number }[]>();
  for (const { file, lines } of files) {
    for (const { line, text } of lines) {
      for (const sentence of sentencesOf(text)) {
        if ([...sentence].length < minLength || !HAN.test(sentence)) continue;
        const list = places.get(sentence) ?? [];
        list.push({ file, line });
        places.set(sentence, list);
      }
    }
  }
  const problems: LintProblem[] = [];
  for (const [sentence, list] of places) {
    const fileCount = new Set(list.map((p) => p.file)).size;
    if (fileCount <= 2) continue;
    for (const { file, line } of list) {
      problems.push({
        file,
        line,
        rule: 'repeated',
        message: `"${sentence}" appears word for word in ${fileCount} files (at most 2); say it in words specific to this page`,
      });
    }
  }
  return problems;
}

/** Every house-style problem in the given files, in file and line order. */
export function lintContent(files: readonly LintFile[], options: LintOptions): LintProblem[] {
  const prose = files.map(({ file, text, bodyLine }) => ({ file, lines: proseLines(text, options.officialTexts, bodyLine) }));
  const problems: LintProblem[] = [];
  for (const { file, text } of files) {
    text
      .split(/\r?\n/)
      .forEach((raw, i) => problems.push(...officialQuoteProblems(file, raw, i + 1, options.officialTexts)));
  }
  for (const { file, lines } of prose) {
    for (const line of lines) {
      problems.push(
        ...punctuationProblems(file, line),
        ...quoteProblems(file, line),
        ...glossaryProblems(file, line, options.glossary),
      );
    }
  }
  problems.push(...repeatedProblems(prose, options.minRepeatedLength ?? 12));
  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

/** Advice is ours: a title or a next step that says "官方" speaks for WPS. */
function officialClaimProblems(item: ShortText): LintProblem[] {
  if (!item.advice || !item.text.includes('官方')) return [];
  return [
    {
      file: item.file,
      line: item.line,
      field: item.field,
      rule: 'official-claim',
      message:
        'this field is our advice and never speaks for WPS: drop "官方" (quote official text on the page, marked as such)',
    },
  ];
}

/**
 * Every house-style problem in short texts: the punctuation, quotation-mark,
 * glossary and official-quote rules of the bodies, and no "官方" in advice.
 * A text with no Chinese in it (an English alias) is not Chinese prose.
 * (Repetition is not checked: short fields are one sentence each, and their
 * own tests require them to differ.)
 */
export function lintShortTexts(items: readonly ShortText[], options: LintOptions): LintProblem[] {
  const problems: LintProblem[] = [];
  for (const item of items) {
    const { file, line, field } = item;
    // The house style is for Chinese prose: an English alias keeps the words it was seen with.
    if (!HAN.test(item.text)) continue;
    const prose = { line, text: shortProse(item.text, options.officialTexts) };
    const found = [
      ...officialQuoteProblems(file, item.text, line, options.officialTexts),
      ...punctuationProblems(file, prose),
      ...quoteProblems(file, prose),
      ...glossaryProblems(file, prose, options.glossary),
      ...officialClaimProblems(item),
    ];
    problems.push(...found.map((p) => ({ ...p, field })));
  }
  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

/**
 * Reads the glossary table of content/README.md: the rows under the
 * "### Glossary" heading, `| preferred | avoid, avoid |`.
 */
export function parseGlossary(markdown: string): GlossaryTerm[] {
  const start = markdown.search(/^### Glossary\s*$/m);
  if (start < 0) throw new Error('content/README.md has no "### Glossary" section');
  const rest = markdown.slice(start).split('\n').slice(1);
  const terms: GlossaryTerm[] = [];
  for (const row of rest) {
    if (/^#/.test(row)) break;
    const cells = row.split('|').map((c) => c.trim());
    if (cells.length < 4 || /^-+$/.test(cells[1]) || cells[1] === 'preferred') continue;
    const unquote = (s: string) => s.trim().replace(/^`|`$/g, '');
    terms.push({
      preferred: unquote(cells[1]),
      avoid: cells[2].split(/[,，]/).map(unquote).filter(Boolean),
    });
  }
  if (!terms.length) throw new Error('the glossary table of content/README.md is empty');
  return terms;
}
