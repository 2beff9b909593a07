import type { APIRoute } from 'astro';
import { getCatalog } from '../data/catalog';

/**
 * The documented codes and the other names they go by, fetched by the search
 * box only when a lookup happens.
 */
export const GET: APIRoute = async () => {
  const { codes } = await getCatalog();
  const aliases = codes.flatMap((c) => (c.data.aliases ?? []).map((alias) => ({ text: alias.text, code: c.code })));
  return new Response(JSON.stringify({ codes: codes.map((c) => c.code), aliases }), {
    headers: { 'Content-Type': 'application/json' },
  });
};
