import type { APIRoute } from 'astro';
import { getCatalog } from '../data/catalog';
import { llmsHeader } from '../data/llms';
import { codePageMarkdown } from '../data/markdown-pages';
import { llmsFullTxt } from '../lib/editions/llms-txt';
import { CONTENT_TYPES } from '../lib/editions/media-types';

/** /llms-full.txt: every code page's Markdown in one file. */
export const GET: APIRoute = async ({ site }) => {
  const catalog = await getCatalog();
  const pages = await Promise.all(catalog.codes.map((record) => codePageMarkdown(record, catalog, site)));
  return new Response(llmsFullTxt(llmsHeader(site), pages), {
    headers: { 'Content-Type': CONTENT_TYPES.text },
  });
};
