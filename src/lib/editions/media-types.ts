/** The media types of a page's other editions, images and feeds, as announced in links and served by hosts. */
export const MEDIA_TYPES = {
  json: 'application/json',
  markdown: 'text/markdown',
  text: 'text/plain',
  png: 'image/png',
  atom: 'application/atom+xml',
} as const;

/**
 * The Content-Type each edition is served with. Text is UTF-8 (Chinese
 * throughout); without the charset a browser shows text/markdown and
 * text/plain as Latin-1, i.e. mojibake.
 */
export const CONTENT_TYPES = {
  json: `${MEDIA_TYPES.json}; charset=utf-8`,
  markdown: `${MEDIA_TYPES.markdown}; charset=utf-8`,
  text: `${MEDIA_TYPES.text}; charset=utf-8`,
} as const;
