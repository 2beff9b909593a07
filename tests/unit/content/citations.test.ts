import { describe, expect, it } from 'vitest';
import { citationProblems, firstTechnicalTerm } from '../../../src/lib/content/citations';
import { formatProblem } from '../../../src/lib/content/file-problem';
import { splitFrontMatter } from '../../../src/loaders/content-reader';

const known = new Set(['rfc6749', 'wps-opensdk-php']);
// A whole file, split as the loader splits it: the front matter names a parameter the body must not be blamed for.
const page = (body: string, sources?: string[]) => ({
  file: 'content/errors/100014.md',
  ...splitFrontMatter(`---\nmessage: "x"\nkeywords: [refresh_token, a, b]\n---\n\n## 含义\n\n${body}\n`)!,
  sources,
});
const problems = (body: string, sources?: string[]) => citationProblems(page(body, sources), known).map(formatProblem);

describe('citationProblems', () => {
  it('accepts a page that cites known sources', () => {
    expect(problems('旧版刷新接口是 `POST /oauthapi/v2/token/refresh`。', ['wps-opensdk-php'])).toEqual([]);
  });

  it('accepts a page with no technical terms and no sources', () => {
    expect(problems('官方原文没有说明原因，请联系平台支持。')).toEqual([]);
  });

  it('names file and field of an unknown or repeated id', () => {
    expect(problems('说明。', ['rfc6749', 'rfc9999', 'rfc6749'])).toEqual([
      'content/errors/100014.md: field "sources": unknown source "rfc9999" (not in content/sources.yaml)',
      'content/errors/100014.md: field "sources": "rfc6749" is listed twice',
    ]);
  });

  it("holds an alias source to the bibliography and to the page's own sources field", () => {
    const withAliases = (sources: string[], aliasSources: string[]) =>
      citationProblems({ ...page('说明。', sources), aliasSources }, known).map(formatProblem);
    expect(withAliases(['rfc6749'], ['rfc6749', 'rfc6749'])).toEqual([]);
    expect(withAliases(['rfc6749'], ['qq-nowhere'])).toEqual([
      'content/errors/100014.md: field "aliases": unknown source "qq-nowhere" (not in content/sources.yaml)',
    ]);
    expect(withAliases(['rfc6749'], ['wps-opensdk-php'])).toEqual([
      'content/errors/100014.md: field "aliases": an alias cites "wps-opensdk-php", which the page\'s sources field does not list; add it there',
    ]);
  });

  it.each([
    ['an old endpoint', '调用 `/oauthapi/v2/token`。', '/oauthapi/v2/token'],
    ['a new endpoint', '改用 /oauth2/auth 发起授权。', '/oauth2/auth'],
    ['a v7 path', '上传走 `/v7/drives/{drive_id}/files`。', '/v7/drives/{drive_id}/files'],
    ['a parameter', '带上 `redirect_uri`。', 'redirect_uri'],
    ['a parameter outside code', '刷新时传 refresh_token 即可。', 'refresh_token'],
  ])('fails a page that names %s and cites nothing, with its line', (_kind, body, term) => {
    expect(problems(body)).toEqual([
      `content/errors/100014.md: field "sources": line 8 names "${term}", but the page cites no source; list the content/sources.yaml entries that support it`,
    ]);
    expect(problems(body, [])).toHaveLength(1);
  });

  it('ignores the front matter and words that only contain a parameter name', () => {
    const { body, bodyLine } = page('my_redirect_uri_value 与 token_type 都不算。');
    expect(firstTechnicalTerm(body, bodyLine)).toBeUndefined();
  });
});
