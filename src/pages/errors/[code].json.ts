import type { APIRoute, GetStaticPaths } from 'astro';
import { absoluteUrl } from '../../href';
import { getCatalog, type CodeRecord } from '../../data/catalog';
import { exportedCode } from '../../data/export-records';
import { buildCodeDocument } from '../../schemas/errors-export';
import { paths } from '../../lib/site/urls';
import { CONTENT_TYPES } from '../../lib/editions/media-types';

/** /errors/<code>.json: one code's record of /errors.json, on its own. */
export const getStaticPaths = (async () => {
  const { codes } = await getCatalog();
  return codes.map((record) => ({ params: { code: String(record.code) }, props: { record } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ record: CodeRecord }> = ({ props, site }) => {
  const record = exportedCode(props.record, site);
  const body = buildCodeDocument(record, absoluteUrl(site, paths.exportSchema()));
  return new Response(JSON.stringify(body, null, 2), {
    headers: { 'Content-Type': CONTENT_TYPES.json },
  });
};
