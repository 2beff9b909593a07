import type { APIRoute } from 'astro';
import { getCatalog } from '../data/catalog';

/** The documented codes, fetched by the search box only when a lookup happens. */
export const GET: APIRoute = async () => {
  const { codes } = await getCatalog();
  return new Response(JSON.stringify({ codes: codes.map((c) => c.code) }), {
    headers: { 'Content-Type': 'application/json' },
  });
};
