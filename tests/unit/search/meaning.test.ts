import { describe, expect, it } from 'vitest';
import {
  compileLexicon,
  meaningScores,
  meaningWords,
  oneEditApart,
  queryMeaning,
  type LexiconTerm,
} from '../../../src/lib/search/meaning';

const rows: LexiconTerm[] = [
  { terms: ['redirect_uri', '回调地址'], subjects: ['redirect-uri'] },
  { terms: ['token'], subjects: ['access-token'], weight: 0.6 },
  { terms: ['refresh token'], subjects: ['refresh-token'] },
  { terms: ['code'], subjects: ['auth-code'], notAfter: ['error'] },
  { terms: ['invalid', '不合法'], problems: ['invalid'] },
  { terms: ['expired', '过期'], problems: ['expired'] },
  { terms: ['already exists'], problems: ['already-exists'] },
  { terms: ['name'], subjects: ['file-name'] },
  { terms: ['temporarily unavailable'], problems: ['server-error'] },
  { terms: ['temporarily_unavailable'], subjects: ['server'] },
];
const lexicon = compileLexicon(rows);
const named = (text: string) => {
  const { subjects, problems } = queryMeaning(text, lexicon);
  return { subjects: [...subjects.keys()].sort(), problems: [...problems.keys()].sort() };
};

describe('meaningWords', () => {
  it('splits CamelCase, snake_case and Chinese glued to Latin, and ignores a final s', () => {
    expect(meaningWords('nameAlreadyExists')).toEqual(['name', 'already', 'exist']);
    expect(meaningWords('INVALID_REDIRECT_URI')).toEqual(['invalid', 'redirect', 'uri']);
    expect(meaningWords('token过期了')).toEqual(['token', '过期了']);
    expect(meaningWords('OAuthToken')).toEqual(['o', 'auth', 'token']);
  });

  it('decodes JSON unicode escapes before reading', () => {
    expect(meaningWords('\\u4e0d\\u5408\\u6cd5')).toEqual(['不合法']);
  });
});

describe('matchTerms and queryMeaning', () => {
  it('finds a subject and a problem in any wording and order', () => {
    expect(named('The redirect_uri is invalid')).toEqual({ subjects: ['redirect-uri'], problems: ['invalid'] });
    expect(named('回调地址不合法')).toEqual({ subjects: ['redirect-uri'], problems: ['invalid'] });
    expect(named('InvalidRedirectUri')).toEqual({ subjects: ['redirect-uri'], problems: ['invalid'] });
  });

  it('prefers the longer term: "refresh token" is not an access token', () => {
    expect(named('refresh token expired')).toEqual({ subjects: ['refresh-token'], problems: ['expired'] });
  });

  it('skips a term after a word that says it is something else ("error code" is no authorization code)', () => {
    expect(named('error code 20029')).toEqual({ subjects: [], problems: [] });
    expect(named('the code expired')).toEqual({ subjects: ['auth-code'], problems: ['expired'] });
  });

  it('forgives one typo in a longer word', () => {
    expect(named('refesh token expird')).toEqual({ subjects: ['refresh-token'], problems: ['expired'] });
    expect(oneEditApart('refesh', 'refresh')).toBe(true);
    expect(oneEditApart('expird', 'expired')).toBe(true);
    expect(oneEditApart('token', 'tkoen')).toBe(true);
    expect(oneEditApart('token', 'taken')).toBe(true);
    expect(oneEditApart('token', 'tokens!')).toBe(false);
  });

  it('reads "no X" as X missing', () => {
    expect(named('no refresh token supplied')).toEqual({ subjects: ['refresh-token'], problems: ['missing'] });
  });

  it("reads words that name an object's own properties as plain words", () => {
    expect(named('constructor __proto__ hasOwnProperty toString valueOf')).toEqual({ subjects: [], problems: [] });
  });

  it('merges rows that share words', () => {
    expect(named('temporarily_unavailable')).toEqual({ subjects: ['server'], problems: ['server-error'] });
  });
});

describe('meaningScores', () => {
  const codes = [
    { code: 100010, subjects: ['redirect-uri'], problems: ['invalid'] },
    { code: 130007, subjects: ['redirect-uri'], problems: ['missing'] },
    { code: 100013, subjects: ['access-token'], problems: ['invalid'] },
    { code: 120009, subjects: ['file'], problems: ['not-found'] },
  ];

  it('puts the code that shares both subject and problem first, and leaves out codes that share nothing', () => {
    const scores = meaningScores(queryMeaning('redirect_uri invalid', lexicon), codes);
    const order = [...scores].sort((a, b) => b[1] - a[1]).map(([code]) => code);
    expect(order).toEqual([100010, 130007, 100013]);
    expect(scores.has(120009)).toBe(false);
  });

  it('counts a code less when the query names only some of what it is about', () => {
    const server = [
      { code: 100101, subjects: ['server'], problems: ['server-error'] },
      { code: 100027, subjects: ['user-consent', 'server'], problems: ['server-error'] },
    ];
    const lexiconWithServer = compileLexicon([
      { terms: ['server'], subjects: ['server'] },
      { terms: ['unavailable'], problems: ['server-error'] },
    ]);
    const scores = meaningScores(queryMeaning('server unavailable', lexiconWithServer), server);
    expect(scores.get(100101)).toBeGreaterThan(scores.get(100027)!);
  });

  it('scores nothing for a query with no meaning', () => {
    expect(meaningScores(queryMeaning('hello world', lexicon), codes).size).toBe(0);
  });
});
