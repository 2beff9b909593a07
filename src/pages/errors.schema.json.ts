import type { APIRoute } from 'astro';
import { absoluteUrl } from '../href';
import { exportSchema } from '../schemas/errors-export';
import { paths } from '../lib/site/urls';

/** The one JSON Schema of /errors.json and /errors/<code>.json, generated from the zod schema. */
export const GET: APIRoute = ({ site }) =>
  new Response(JSON.stringify(exportSchema(absoluteUrl(site, paths.exportSchema())), null, 2), {
    headers: { 'Content-Type': 'application/schema+json' },
  });
