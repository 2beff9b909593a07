/**
 * Text prepared for the search index. Pagefind's Chinese segmentation keeps
 * a Latin word glued to the Chinese next to it ("错误的scope" is one token),
 * so "scope" alone would not find it. Indexing a copy with a space at every
 * change of script makes both halves findable; the page still shows the
 * official text unchanged.
 */

const CJK = '\\p{Script=Han}';
const LATIN_OR_DIGIT = '[\\p{Script=Latin}\\p{N}]';
const BOUNDARY = new RegExp(`(?<=${CJK})(?=${LATIN_OR_DIGIT})|(?<=${LATIN_OR_DIGIT})(?=${CJK})`, 'gu');

export function separateScripts(text: string): string {
  return text.replace(BOUNDARY, ' ');
}

/** The message with scripts separated, or nothing when that changes nothing. */
export function separatedMessage(message: string): string {
  const separated = separateScripts(message);
  return separated === message ? '' : separated;
}

/** The keywords of a code page as one indexed line. */
export function indexedKeywords(keywords: readonly string[]): string {
  return keywords.map(separateScripts).join(' · ');
}
