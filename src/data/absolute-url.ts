import { withBase } from '../lib/urls';

/** An absolute URL on the deployed site (origin from SITE_URL, plus the base path). */
export function absoluteUrl(site: URL | undefined, path: string): string {
  return new URL(withBase(import.meta.env.BASE_URL, path), site).href;
}
