import { withBase } from '../lib/urls';

/** An absolute path on this site, under the deployment's base path. */
export const siteUrl = (path: string): string => withBase(import.meta.env.BASE_URL, path);
