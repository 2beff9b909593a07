import type { APIRoute } from 'astro';
import { absoluteUrl } from '../href';
import { getCatalog } from '../data/catalog';
import { exportedCode } from '../data/export-records';
import { OFFICIAL_LIST } from '../data/official-list';
import { buildExport } from '../schemas/errors-export';
import { paths } from '../lib/site/urls';
import { CONTENT_TYPES } from '../lib/editions/media-types';

export const GET: APIRoute = async ({ site }) => {
  const catalog = await getCatalog();
  const records = catalog.codes.map((record) => exportedCode(record, site));
  const { received, page, archive } = OFFICIAL_LIST;
  const body = buildExport(records, absoluteUrl(site, paths.exportSchema()), {
    received,
    page,
    archive: { id: archive.id, title: archive.title, address: archive.address, kind: archive.kind },
  });
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'Content-Type': CONTENT_TYPES.json },
  });
};
