import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog, type GuideRecord } from '../../data/catalog';
import { guideMarkdownInput } from '../../data/markdown-pages';
import { guideMarkdown } from '../../lib/editions/guide-markdown';
import { CONTENT_TYPES } from '../../lib/editions/media-types';

/** /guides/<slug>.md: the guide as Markdown. */
export const getStaticPaths = (async () => {
  const { guides } = await getCatalog();
  return guides.map((guide) => ({ params: { slug: guide.entry.id }, props: { guide } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ guide: GuideRecord }> = async ({ props, site }) =>
  new Response(guideMarkdown(guideMarkdownInput(props.guide, await getCatalog(), site)), {
    headers: { 'Content-Type': CONTENT_TYPES.markdown },
  });
