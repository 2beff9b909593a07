import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog, type CodeRecord } from '../../data/catalog';
import { codePageMarkdown } from '../../data/markdown-pages';
import { CONTENT_TYPES } from '../../lib/editions/media-types';

/** /errors/<code>.md: the code's page as Markdown. */
export const getStaticPaths = (async () => {
  const { codes } = await getCatalog();
  return codes.map((record) => ({ params: { code: String(record.code) }, props: { record } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ record: CodeRecord }> = async ({ props, site }) =>
  new Response(await codePageMarkdown(props.record, await getCatalog(), site), {
    headers: { 'Content-Type': CONTENT_TYPES.markdown },
  });
