import type { APIRoute } from 'astro';
import { absoluteUrl } from '../href';
import { CONTENT_TYPES } from '../lib/editions/media-types';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(site, 'sitemap-index.xml')}\n`, {
    headers: { 'Content-Type': CONTENT_TYPES.text },
  });
