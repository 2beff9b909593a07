/**
 * Every link the site writes goes through here, in pages, components and
 * browser scripts alike, so the deployment's base path (BASE_PATH, e.g.
 * /wps-errors/) is never forgotten. The paths themselves are in lib/urls.ts.
 */
import { withBase } from './lib/site/urls';

/** The base path, always ending in "/". */
export const BASE_PATH: string = withBase(import.meta.env.BASE_URL);

/** A site path under the base path: href('errors/100014/') → '/wps-errors/errors/100014/'. */
export const href = (path = ''): string => withBase(BASE_PATH, path);

/** An absolute URL on the deployed site: the SITE_URL origin, the base path and the path. */
export function absoluteUrl(site: URL | undefined, path: string): string {
  return new URL(href(path), site).href;
}
