import type { APIRoute } from 'astro';
import { absoluteUrl } from '../href';
import { getCatalog } from '../data/catalog';
import { exportedCode } from '../data/export-records';
import { buildExport } from '../schemas/errors-export';
import { paths } from '../lib/site/urls';
import { CONTENT_TYPES } from '../lib/editions/media-types';

export const GET: APIRoute = async ({ site }) => {
  const catalog = await getCatalog();
  const records = catalog.codes.map((record) => exportedCode(record, site));
  const body = buildExport(records, absoluteUrl(site, paths.exportSchema()));
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'Content-Type': CONTENT_TYPES.json },
  });
};
