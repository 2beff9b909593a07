/**
 * Where Enter in a search box sends hostile and oversized text: the site's own
 * lookup client, given the built lookup index, must send it to this site's
 * results page with the text, cut to the query limit, as the query, and never
 * anywhere else. The browser presses Enter on one of them and types them all
 * into the boxes (tests/e2e/hostile-input.spec.ts).
 */
import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH } from '../../src/lib/search/search-query';
import { TYPED } from '../fixtures/hostile-input';
import { useBuiltLookupClient } from '../support/built-lookup-client';

const SITE = 'https://errors.example.com';

describe('Enter on hostile or oversized text', () => {
  const lookupClient = useBuiltLookupClient();

  it.each(TYPED.map((input) => [JSON.stringify(input.slice(0, 40)), input]))(
    '%s opens the results page for that text',
    async (_, input) => {
      const target = await lookupClient().enterTarget(input);
      expect(target.kind).toBe('search');
      const url = new URL(target.url, SITE);
      expect(url.origin).toBe(SITE);
      expect(url.pathname).toBe('/search/');
      expect([...url.searchParams.keys()]).toEqual(['q']);
      expect(url.searchParams.get('q')).toBe(input.trim().slice(0, MAX_QUERY_LENGTH));
      expect(url.hash).toBe('');
    },
  );
});
