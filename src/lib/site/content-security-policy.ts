/**
 * The site's security policy, declared once: the layout puts the CSP in a
 * <meta> tag of every built page, and the build writes it, with the headers
 * only a server can send, to dist/_headers for hosts that read that file
 * (Netlify, Cloudflare Pages).
 *
 * Nothing is allowed by default; each directive opens only what the site
 * uses: its own scripts and stylesheet, its own images (the favicon), its own
 * JSON and Pagefind index ('wasm-unsafe-eval' is what Pagefind needs to
 * instantiate its WebAssembly), and forms that submit to itself. A <base>
 * element is never needed, so none may be injected.
 */

const directives: Record<string, string[]> = {
  'default-src': ["'none'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  // data: carries the favicon inside each page, which saves a request on every first visit.
  'img-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
};

/** Directives that browsers ignore in a <meta> tag and accept only as a header. */
const headerOnly: Record<string, string[]> = {
  'frame-ancestors': ["'none'"],
};

const serialize = (d: Record<string, string[]>) =>
  Object.entries(d)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');

export const CSP_META = serialize(directives);
export const CSP_HEADER = serialize({ ...directives, ...headerOnly });

/**
 * Every header the static hosts send with every file. The site uses no
 * browser feature behind a permission, is never framed and opens no window
 * it talks to.
 */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CSP_HEADER,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy':
    'accelerometer=(), browsing-topics=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
  'Strict-Transport-Security': 'max-age=31536000',
};
