/**
 * A page that names an endpoint or a request parameter is stating how the WPS
 * API works, so it must cite where that comes from. This checks a page's
 * `sources` field against the bibliography and against its own text.
 */

import type { FileProblem } from './file-problem';

/** Endpoint paths of the two OAuth generations and of the v7 file API. */
const ENDPOINT = /\/(?:oauthapi|oauth2|v7)\/[^\s`'"）)，。；]*/;

/** Request and response fields whose names only an API document can vouch for. */
export const CITED_PARAMETERS = [
  'redirect_uri',
  'refresh_token',
  'access_token',
  'client_id',
  'client_secret',
  'grant_type',
  'response_type',
  'appkey',
  'expires_in',
  'refresh_expires_in',
  'app_ticket',
  'company_id',
  'on_name_conflict',
  'parent_path',
  'request_upload',
  'open_parentid',
  'open_fileid',
  'add_name_index',
] as const;

const PARAMETER = new RegExp(`(?<![A-Za-z0-9_])(?:${CITED_PARAMETERS.join('|')})(?![A-Za-z0-9_])`);

export interface CitingPage {
  /** Path as the author sees it, e.g. content/errors/100014.md. */
  file: string;
  /** The page's text after its front matter (src/loaders/content-reader.ts splits it off). */
  body: string;
  /** The 1-based line of the file on which the body starts, so that lines are the file's own. */
  bodyLine: number;
  /** The page's `sources` field. */
  sources: readonly string[] | undefined;
  /** The `source` of each alias that names one (code pages only). */
  aliasSources?: readonly string[];
}

/** The first endpoint or parameter a body names, with its 1-based line in the file, if any. */
export function firstTechnicalTerm(body: string, bodyLine = 1): { term: string; line: number } | undefined {
  for (const [i, text] of body.split(/\r?\n/).entries()) {
    const match = ENDPOINT.exec(text) ?? PARAMETER.exec(text);
    if (match) return { term: match[0], line: bodyLine + i };
  }
  return undefined;
}

/** Problems with a page's citations: unknown or repeated ids, or technical text with nothing cited. */
export function citationProblems(page: CitingPage, knownIds: ReadonlySet<string>): FileProblem[] {
  const problems: FileProblem[] = [];
  const ids = page.sources ?? [];
  ids.forEach((id, i) => {
    if (!knownIds.has(id)) {
      problems.push({
        file: page.file,
        field: 'sources',
        message: `unknown source "${id}" (not in content/sources.yaml)`,
      });
    } else if (ids.indexOf(id) !== i) {
      problems.push({ file: page.file, field: 'sources', message: `"${id}" is listed twice` });
    }
  });
  // An alias label prints its source's title, and the 依据 section must link it.
  for (const id of new Set(page.aliasSources ?? [])) {
    if (!knownIds.has(id)) {
      problems.push({
        file: page.file,
        field: 'aliases',
        message: `unknown source "${id}" (not in content/sources.yaml)`,
      });
    } else if (!ids.includes(id)) {
      problems.push({
        file: page.file,
        field: 'aliases',
        message: `an alias cites "${id}", which the page's sources field does not list; add it there`,
      });
    }
  }
  if (ids.length === 0) {
    const named = firstTechnicalTerm(page.body, page.bodyLine);
    if (named) {
      problems.push({
        file: page.file,
        field: 'sources',
        message: `line ${named.line} names "${named.term}", but the page cites no source; list the content/sources.yaml entries that support it`,
      });
    }
  }
  return problems;
}
