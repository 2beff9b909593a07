import type { APIRoute } from 'astro';
import { getCatalog } from '../data/catalog';
import { llmsInput } from '../data/llms';
import { llmsTxt } from '../lib/editions/llms-txt';
import { CONTENT_TYPES } from '../lib/editions/media-types';

/** /llms.txt (llmstxt.org): every code page and guide, for language models and their tools. */
export const GET: APIRoute = async ({ site }) =>
  new Response(llmsTxt(llmsInput(await getCatalog(), site)), {
    headers: { 'Content-Type': CONTENT_TYPES.text },
  });
