import type { APIRoute } from 'astro';
import { buildSearchIndex } from '../data/search-index';

/**
 * The documented codes, the other names they go by, their messages and what
 * each is about: fetched by the search boxes only when a reader searches.
 */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await buildSearchIndex()), { headers: { 'Content-Type': 'application/json' } });
