/**
 * Where the site is deployed, read from SITE_URL and BASE_PATH (and where
 * readers report a wrong page, FEEDBACK_URL), and checked
 * before anything is built: a wrong value would otherwise end up, silently,
 * in every canonical URL, link preview, sitemap entry and copied link.
 */

export const LOCAL_SITE_URL = 'http://localhost:4321';

export interface DeployEnv {
  SITE_URL?: string;
  BASE_PATH?: string;
  /** Set by CI systems; a CI build must name its public origin. */
  CI?: string;
  /** `1` lets a CI build use the local origin on purpose (test builds). */
  ALLOW_LOCAL_SITE_URL?: string;
  /** Where "报告本页问题" sends a reader: an http(s) address (an issue tracker's new-issue page) or a mailto: address. */
  FEEDBACK_URL?: string;
}

export interface DeployConfig {
  site: string;
  base: string;
  /** True when SITE_URL was not given and the local origin stands in for it. */
  localSite: boolean;
  /** True when the build says it will not be deployed (ALLOW_LOCAL_SITE_URL=1: `npm start`, `npm test`). */
  notDeployed: boolean;
  /** The address of the report link, or undefined: without one, pages show no report link. */
  feedbackUrl: string | undefined;
}

export class DeployConfigError extends Error {}

const SITE_FORM = 'an http(s) origin without a path, e.g. SITE_URL=https://errors.example.com';
const BASE_FORM = 'a path of plain segments between slashes, e.g. BASE_PATH=/wps-errors/';
/** Segments of letters, digits and - . _ ~ (never "." or ".."), each followed by a slash. */
const BASE_PATH = /^\/(?:(?!\.\.?\/)[A-Za-z0-9._~-]+\/)*$/;

export function readSiteUrl(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new DeployConfigError(`SITE_URL "${value}" is not a URL: expected ${SITE_FORM}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new DeployConfigError(`SITE_URL "${value}" must use http or https: expected ${SITE_FORM}`);
  if (url.username || url.password)
    throw new DeployConfigError(`SITE_URL "${value}" must not contain credentials: expected ${SITE_FORM}`);
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new DeployConfigError(
      `SITE_URL "${value}" has a path, query or fragment, which would be lost: give the origin only and put a sub-path in BASE_PATH (${BASE_FORM})`,
    );
  }
  return url.origin;
}

const FEEDBACK_FORM =
  "an http(s) address such as an issue tracker's new-issue page (FEEDBACK_URL=https://github.com/owner/repo/issues/new) or a mailto: address (FEEDBACK_URL=mailto:docs@example.com)";

/** The report link's address: http(s) without credentials or fragment, or mailto: with an address. */
export function readFeedbackUrl(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new DeployConfigError(`FEEDBACK_URL "${value}" is not a URL: expected ${FEEDBACK_FORM}`);
  }
  if (url.protocol === 'mailto:') {
    if (!/^[^@\s?]+@[^@\s?]+$/.test(decodeURIComponent(url.pathname)))
      throw new DeployConfigError(`FEEDBACK_URL "${value}" has no e-mail address: expected ${FEEDBACK_FORM}`);
    if (url.search)
      throw new DeployConfigError(
        `FEEDBACK_URL "${value}" must not carry a subject or body of its own: the page writes them`,
      );
    return url.href;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new DeployConfigError(`FEEDBACK_URL "${value}" must use http, https or mailto: expected ${FEEDBACK_FORM}`);
  if (url.username || url.password)
    throw new DeployConfigError(`FEEDBACK_URL "${value}" must not contain credentials: expected ${FEEDBACK_FORM}`);
  if (url.hash)
    throw new DeployConfigError(`FEEDBACK_URL "${value}" must not have a fragment: expected ${FEEDBACK_FORM}`);
  return url.href;
}

export function readBasePath(value: string | undefined): string {
  if (value === undefined || value.trim() === '') return '/';
  const base = value.trim().endsWith('/') ? value.trim() : `${value.trim()}/`;
  if (!BASE_PATH.test(base)) throw new DeployConfigError(`BASE_PATH "${value}" is not valid: expected ${BASE_FORM}`);
  return base;
}

/** Reads and checks the deployment; throws a DeployConfigError naming the variable and the accepted form. */
export function deployConfig(env: DeployEnv): DeployConfig {
  const site = readSiteUrl(env.SITE_URL);
  const base = readBasePath(env.BASE_PATH);
  const feedbackUrl = readFeedbackUrl(env.FEEDBACK_URL);
  if (site === undefined && env.CI && env.ALLOW_LOCAL_SITE_URL !== '1') {
    throw new DeployConfigError(
      `SITE_URL is not set: a CI build would publish ${LOCAL_SITE_URL} in every canonical URL, the sitemap and robots.txt. Set SITE_URL (${SITE_FORM}), or ALLOW_LOCAL_SITE_URL=1 for a build that is not deployed.`,
    );
  }
  return {
    site: site ?? LOCAL_SITE_URL,
    base,
    localSite: site === undefined,
    notDeployed: env.ALLOW_LOCAL_SITE_URL === '1',
    feedbackUrl,
  };
}

/** The one line a build that is not deployed (npm start, npm test) prints instead of the warning. */
export const LOCAL_BUILD_NOTE = `local build: URLs use ${LOCAL_SITE_URL} (ALLOW_LOCAL_SITE_URL=1, not for deployment).`;

/** The warning a production build without SITE_URL prints. */
export const LOCAL_SITE_WARNING = `SITE_URL is not set: every canonical URL, link preview, sitemap entry, robots.txt line and copied link says ${LOCAL_SITE_URL}. Do not deploy this build; set SITE_URL=https://your.origin.`;
