/**
 * The site's Content-Security-Policy, declared once: the layout puts it in a
 * <meta> tag and the build writes it to dist/_headers for hosts that read that
 * file (Netlify, Cloudflare Pages). Only the site's own files may load;
 * 'wasm-unsafe-eval' is what Pagefind needs to instantiate its WebAssembly.
 */

const directives: Record<string, string[]> = {
  'default-src': ["'self'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
};

/** Directives that browsers ignore in a <meta> tag and accept only as a header. */
const headerOnly: Record<string, string[]> = {
  'frame-ancestors': ["'self'"],
};

const serialize = (d: Record<string, string[]>) =>
  Object.entries(d)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ');

export const CSP_META = serialize(directives);
export const CSP_HEADER = serialize({ ...directives, ...headerOnly });
