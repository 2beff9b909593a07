/** The preview image (og:image) of each code page, guide and the home page: a 1200×630 PNG. */
import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { getPreviews, type PagePreview } from '../../data/preview-cards';
import { preparePreviewImages } from '../../data/preview-render';
import { MEDIA_TYPES } from '../../lib/editions/media-types';

export async function getStaticPaths() {
  const previews = await getPreviews();
  return [...previews].map(([page, preview]) => ({
    // og/errors/100014.png → page "errors/100014"; the home page's image is og/index.png.
    params: { page: preview.imagePath.replace(/^og\//, '').replace(/\.png$/, '') },
    props: { page, preview },
  }));
}

interface Props {
  page: string;
  preview: PagePreview;
}

export const GET: APIRoute<Props> = async ({ props }) => {
  const previews = await getPreviews();
  const files = await preparePreviewImages(new Map([...previews].map(([page, p]) => [page, p.card])));
  return new Response(readFileSync(files.get(props.page)!), { headers: { 'Content-Type': MEDIA_TYPES.png } });
};
