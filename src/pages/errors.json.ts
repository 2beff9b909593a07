import type { APIRoute } from 'astro';
import { absoluteUrl } from '../href';
import { getCatalog } from '../data/catalog';
import { buildExport } from '../lib/errors-export';
import { paths } from '../lib/urls';

export const GET: APIRoute = async ({ site }) => {
  const { codes } = await getCatalog();
  const exported = codes.map((c) => ({
    code: c.code,
    message: c.data.message,
    messageEn: c.data.messageEn,
    category: c.category.slug,
    categoryTitle: c.category.title,
    action: c.action?.id ?? null,
    status: c.data.status,
    oauthErrors: c.data.oauthErrors ?? [],
    sameMeaning: c.sameMeaning,
    related: c.related,
    guides: c.guides.map((g) => absoluteUrl(site, paths.guide(g.slug, g.section))),
    url: absoluteUrl(site, paths.code(c.code)),
  }));
  const body = buildExport(exported, absoluteUrl(site, paths.exportSchema()));
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
